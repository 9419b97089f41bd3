using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// Parts 1 and 3: the whole bot in this process (Kestrel, Production, authentication on), the campaign started,
/// every card counted at the fake; then the acceptance burst through /api/messages and the progress-card edits.
/// </summary>
internal static class FanOutRun
{
    private const string AppId = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f";

    public static async Task RunAsync(AttestationScene scene, FakeConnectorServer teams, int rate, TimeSpan burst)
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        issuer.ClientId = AppId;
        await using var bot = AttestationBot.Start(issuer, AppId, FreePort(), scene.Settings);
        await scene.SeedConversationsAsync();

        using var waits = new RateWaitProfile();
        var people = scene.People;
        var floor = AttestationLoadReport.Floor(people);
        var started = DateTimeOffset.UtcNow;
        var campaign = await scene.DraftAndStartAsync();
        var startCommitted = DateTimeOffset.UtcNow - started;
        await AttestationLoadReport.WaitAsync(() => Task.FromResult(FanOutCount.Reached(teams) >= people), floor * 5 + TimeSpan.FromMinutes(2), "every person has a card");
        await AttestationLoadReport.WaitUntilQuietAsync(scene, TimeSpan.FromMinutes(2));
        var fan = FanOutCount.Of(teams, people);
        var elapsed = fan.Last!.Value - started;

        var batches = await scene.FanOutBatchesAsync();
        Console.WriteLine();
        Console.WriteLine($"Fan-out (campaign {campaign}; Send committed in {startCommitted.TotalMilliseconds:F0} ms; {batches.Count} fan-out batches, " +
            $"Send → first batch done {(batches[0] - started).TotalSeconds:F2} s, → last batch done {(batches[^1] - started).TotalSeconds:F2} s)");
        Console.WriteLine(AttestationLoadReport.Row("People", "Send → last card accepted by the fake", "floor (computed)", "× floor", "Send → first card", "fake's first-to-last card", "first-to-last × floor", "lost", "doubled", "429s answered by the fake"));
        Console.WriteLine(AttestationLoadReport.Row("---", "---", "---", "---", "---", "---", "---", "---", "---", "---"));
        Console.WriteLine(AttestationLoadReport.Row($"{people:N0}", $"{elapsed.TotalSeconds:F2} s", $"{floor.TotalSeconds:F1} s", $"{elapsed / floor:F3}",
            $"{(fan.First!.Value - started).TotalSeconds:F2} s", $"{fan.Window.TotalSeconds:F2} s", $"{fan.Window / floor:F3}", fan.Lost, fan.Doubled, fan.Throttled));
        Console.WriteLine(SendPace.Of(fan.Arrivals));
        Console.WriteLine(waits);
        Console.WriteLine($"GC in this process (bot, fake and load program together): {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all");

        await AcceptAsync(scene, teams, bot, issuer, campaign, rate, burst);
    }

    private static async Task AcceptAsync(AttestationScene scene, FakeConnectorServer teams, AttestationBot bot, FakeTokenIssuer issuer, int campaign, int rate, TimeSpan burst)
    {
        var pressing = Math.Min(scene.People, (int)(rate * burst.TotalSeconds));
        var token = issuer.ChannelTokens.Create(issuer.DefaultKey, AppId, teams.ServiceUrl);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { Timeout = TimeSpan.FromSeconds(60) };
        var before = await scene.AcceptancesAsync();
        var burstStart = DateTimeOffset.UtcNow;
        var result = await AcceptanceBurst.RunAsync(client, bot.Endpoint, token, teams.ServiceUrl, AppId, campaign, pressing / burst.TotalSeconds, burst);
        var burstEnd = DateTimeOffset.UtcNow;
        var drain = Stopwatch.StartNew();
        await AttestationLoadReport.WaitUntilQuietAsync(scene, TimeSpan.FromMinutes(5));
        var recorded = await scene.AcceptancesAsync() - before;
        var progress = ProgressUpdateCount.Of(teams, burstStart);
        var receipts = teams.Posted.Count(p => p.IsUpdate && p.At >= burstStart && p.ConversationId != AttestationScene.ConversationOf(AttestationScene.OwnerId));
        var lastUpdate = teams.Posted.Where(p => p.IsUpdate && p.At >= burstStart).Select(p => p.At).DefaultIfEmpty(burstEnd).Max();
        var headline = $"{recorded:N0} of {scene.People:N0} accepted";
        var finalShowsAll = progress.LastBody?.Contains(headline, StringComparison.Ordinal) == true;

        Console.WriteLine();
        Console.WriteLine($"Acceptances: {pressing:N0} people press \"I have read and accept\" at {pressing / burst.TotalSeconds:F0}/s for {burst.TotalSeconds:F0} s, " +
            "open loop, through /api/messages with authentication on (JWT validated per invoke)");
        Console.WriteLine(AttestationLoadReport.Row("Invokes sent", "answered 2xx", "failed", "p50", "p99", "max", "acceptances recorded (DB)"));
        Console.WriteLine(AttestationLoadReport.Row("---", "---", "---", "---", "---", "---", "---"));
        Console.WriteLine(AttestationLoadReport.Row(pressing, result.Succeeded, result.Failed, $"{result.P50:F1} ms", $"{result.P99:F1} ms", $"{result.Max:F0} ms", recorded));
        Console.WriteLine();
        Console.WriteLine("Owner's progress card (one conversation; Teams allows 7/1 s, 8/2 s, 60/30 s):");
        Console.WriteLine(AttestationLoadReport.Row("edits accepted by the fake", "max in 1 s", "max in 2 s", "max in 30 s", "429s for that chat", "final card", "receipt edits (audience chats)", "burst end → last edit"));
        Console.WriteLine(AttestationLoadReport.Row("---", "---", "---", "---", "---", "---", "---", "---"));
        Console.WriteLine(AttestationLoadReport.Row(progress.Updates, progress.MaxPerSecond, progress.MaxPer2Seconds, progress.MaxPer30Seconds, progress.Throttled,
            finalShowsAll ? $"\"{headline}\" ✓" : $"✗ (expected \"{headline}\")", receipts, $"{(lastUpdate - burstEnd).TotalSeconds:F1} s"));
        Console.WriteLine($"(waited {drain.Elapsed.TotalSeconds:F1} s after the burst for the outbox to drain)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
