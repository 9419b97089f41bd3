using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// The real host as a child process, configured only through the documented settings, trusting the local issuer's
/// certificate the way an admin would for a private CA: SSL_CERT_FILE. No test handler is injected, so this proves
/// the product's HTTPS calls (keys and MSAL) use platform trust and nothing else.
/// </summary>
public sealed class PlatformTrustTests : IDisposable
{
    private const string AppId = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "securitybot-trust-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold its files for a moment; a temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task Host_IssuerTrustedThroughSslCertFile_AcceptsValidTokenAndRepliesWithMsalBearer()
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        issuer.ClientId = AppId;
        await using var connector = await FakeConnectorServer.StartAsync();
        var (bot, client) = await StartHostAsync(issuer, issuer.Certificate.ExportCertificatePem());
        using var _ = bot;
        using var __ = client;

        var forged = await PostAsync(client, Activity(connector.ServiceUrl), issuer.ChannelTokens.Create(issuer.DefaultKey, "another-bot", connector.ServiceUrl));
        var accepted = await PostAsync(client, Activity(connector.ServiceUrl), issuer.ChannelTokens.Create(issuer.DefaultKey, AppId, connector.ServiceUrl));

        forged.Should().Be(HttpStatusCode.Unauthorized, bot.Output);
        accepted.Should().Be(HttpStatusCode.OK, bot.Output);
        await Eventually.HoldsAsync(() => Task.FromResult(connector.Requests.Count > 0), $"the reply reaches the connector; output:\n{bot.Output}");
        connector.Requests.Should().OnlyContain(r => r.Authorization != null && r.Authorization.StartsWith("Bearer fake-bot-token-", StringComparison.Ordinal));
        issuer.TokenRequests.Should().ContainSingle().Which.Granted.Should().BeTrue();
    }

    [Fact]
    public async Task Host_IssuerCertificateNotTrusted_RefusesValidTokensAndSendsNothing()
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        await using var connector = await FakeConnectorServer.StartAsync();
        using var otherCa = SecurityBot.Testing.Graph.LoopbackCertificate.Create();
        var (bot, client) = await StartHostAsync(issuer, otherCa.ExportCertificatePem());
        using var _ = bot;
        using var __ = client;

        var status = await PostAsync(client, Activity(connector.ServiceUrl), issuer.ChannelTokens.Create(issuer.DefaultKey, AppId, connector.ServiceUrl));

        status.Should().Be(HttpStatusCode.Unauthorized, "the signing keys cannot be fetched from an untrusted host");
        issuer.KeysRequests.Should().Be(0, "the TLS handshake fails before any request");
        connector.Requests.Should().BeEmpty();
    }

    private async Task<(BotProcess Bot, HttpClient Client)> StartHostAsync(FakeTokenIssuer issuer, string trustedPem)
    {
        System.IO.Directory.CreateDirectory(_directory);
        var caFile = Path.Combine(_directory, "ca.pem");
        await File.WriteAllTextAsync(caFile, trustedPem);
        var port = FreePort();
        var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["SSL_CERT_FILE"] = caFile,
            ["SSL_CERT_DIR"] = _directory,
            ["Database__DataDirectory"] = _directory,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = issuer.ClientSecret,
            ["BotOpenIdMetadata"] = issuer.OpenIdMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = issuer.LoginUrl,
            ["ValidateAuthority"] = "false",
        });
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilServingAsync(client, bot);
        return (bot, client);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string Activity(string serviceUrl) => JsonSerializer.Serialize(new
    {
        type = "message",
        id = "1732358527123",
        channelId = "msteams",
        serviceUrl,
        text = "help",
        from = new { id = "29:1Alex-Wilber-teams-user-id", name = "Alex Wilber" },
        conversation = new { id = "a:1personal-chat-alex", conversationType = "personal", tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
        recipient = new { id = "28:" + AppId, name = "SecurityBot" },
        channelData = new { tenant = new { id = "72f988bf-86f1-41af-91ab-2d7cd011db47" } },
    });

    private static async Task WaitUntilServingAsync(HttpClient client, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline && !bot.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The host did not start; output:\n{bot.Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
