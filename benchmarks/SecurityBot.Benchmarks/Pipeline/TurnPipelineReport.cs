using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SecurityBot.Testing.Auth;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// Text turns ("help") through the real HTTP pipeline with authentication on — JWT validation, conversation
/// reference, routing, card, MSAL-authenticated reply to a local connector — next to a bare Kestrel endpoint making
/// the same outbound POST, measured in the same run: saturation throughput (closed loop) and latency at half of
/// SecurityBot's saturation rate (open loop). Usage: <c>-- pipeline [seconds]</c>.
/// </summary>
internal static class TurnPipelineReport
{
    private const string AppId = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f";
    private const int Workers = 32;

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var s) ? s : 15;
        // "pipeline 15 noauth": the same with authentication off (Development), to see what authentication costs.
        var authenticate = !args.Contains("noauth");
        var duration = TimeSpan.FromSeconds(seconds);
        var data = System.IO.Directory.CreateTempSubdirectory("securitybot-pipeline-").FullName;
        await using var issuer = await FakeTokenIssuer.StartAsync();
        issuer.ClientId = AppId;
        await using var sink = await ReplySink.StartAsync();
        await using var bot = BotUnderLoad.Start(issuer, authenticate ? AppId : null, FreePort(), data, sink.ServiceUrl);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(30) };

        // Tokens are minted ahead (as the channel caches them); signing is the channel's cost, not the bot's.
        var token = issuer.ChannelTokens.Create(issuer.DefaultKey, AppId, sink.ServiceUrl);
        var template = Activity(sink.ServiceUrl);
        string Body(int sequence) => template.Replace("\"id\": \"1\"", $"\"id\": \"{sequence}\"", StringComparison.Ordinal);

        var botLoad = new LoadGenerator(client, bot.Endpoint, Body, () => authenticate ? token : null);
        await botLoad.ClosedLoopAsync(8, TimeSpan.FromSeconds(3)); // warm-up: JIT, keys, MSAL token, SQLite
        var replyBody = sink.LastBody ?? throw new InvalidOperationException("SecurityBot sent no reply during warm-up.");
        if (authenticate)
        {
            var now = DateTimeOffset.UtcNow;
            await TurnCostBreakdown.PrintAsync(bot.Services, token, i => issuer.ChannelTokens.Create(issuer.DefaultKey, AppId, sink.ServiceUrl, expires: now.AddMinutes(30).AddSeconds(i)), sink.ServiceUrl);
        }

        await using var bare = await BareEndpoint.StartAsync(replyBody);
        var bareLoad = new LoadGenerator(client, bare.Endpoint, Body, () => token);
        await bareLoad.ClosedLoopAsync(8, TimeSpan.FromSeconds(3));

        var botMax = await botLoad.ClosedLoopAsync(Workers, duration);
        var bareMax = await bareLoad.ClosedLoopAsync(Workers, duration);
        var halfRate = botMax.PerSecond / 2;
        var botHalf = await botLoad.OpenLoopAsync(halfRate, duration);
        var bareHalf = await bareLoad.OpenLoopAsync(halfRate, duration);

        Console.WriteLine($"Authentication: {(authenticate ? "on (JWT in, MSAL token out)" : "off (Development)")}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {seconds} s per run, {Workers} workers closed loop");
        Console.WriteLine($"Reply body {replyBody.Length} bytes; replies received by the connector: {sink.Count}");
        Console.WriteLine($"Saturation  SecurityBot: {botMax}");
        Console.WriteLine($"Saturation  bare Kestrel: {bareMax}");
        Console.WriteLine($"Ratio SecurityBot / bare: {botMax.PerSecond / bareMax.PerSecond:F2}x");
        Console.WriteLine($"Half load ({halfRate:F0}/s) SecurityBot: {botHalf}");
        Console.WriteLine($"Half load ({halfRate:F0}/s) bare Kestrel: {bareHalf}");
        try
        {
            System.IO.Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; a temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Activity(string serviceUrl) => $$"""
        {
          "type": "message",
          "id": "1",
          "text": "help",
          "channelId": "msteams",
          "serviceUrl": {{JsonSerializer.Serialize(serviceUrl)}},
          "from": { "id": "29:1Alex-Wilber-teams-user-id", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000020" },
          "conversation": { "conversationType": "personal", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", "id": "a:1personal-chat-alex" },
          "recipient": { "id": "28:{{AppId}}", "name": "SecurityBot" },
          "channelData": { "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" } }
        }
        """;
}
