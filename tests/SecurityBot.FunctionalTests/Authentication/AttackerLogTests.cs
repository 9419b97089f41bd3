using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests.Authentication;

/// <summary>
/// What an unauthenticated caller chooses (a JWT's kid, the activity's channelId) reaches the log only at Debug,
/// truncated and without control characters; Information and above never carry it.
/// </summary>
public sealed class AttackerLogTests : IAsyncLifetime
{
    private const string AppId = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f";
    private const string KidMarker = "evil-kid";
    private const string ChannelMarker = "evil-channel";
    private readonly CapturingLoggerProvider _logs = new();
    private FakeTokenIssuer _issuer = null!;
    private FakeConnectorServer _connector = null!;
    private SecurityBotFactory _factory = null!;
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _issuer.ClientId = AppId;
        _connector = await FakeConnectorServer.StartAsync();
        _factory = new SecurityBotFactory(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = _issuer.ClientSecret,
                ["BotOpenIdMetadata"] = _issuer.OpenIdMetadataUrl,
                ["ToChannelFromBotLoginUrl"] = _issuer.LoginUrl,
                ["ValidateAuthority"] = "false",
            },
            logs: _logs);
        _app = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(_issuer.CreateTrustingHandler)));
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Theory]
    [InlineData("unknown-kid")]
    [InlineData("hostile-channel")]
    public async Task Post_HostileKidOrChannelId_LoggedOnlyAtDebugTruncatedAndWithoutControlCharacters(string attack)
    {
        var hostileKid = KidMarker + "\r\nInformation: forged log line\u202E" + new string('k', 300);
        var hostileChannel = ChannelMarker + "\n\u001b[31mforged" + new string('c', 300);
        var activity = JsonNode.Parse(new TeamsActivities(_connector.ServiceUrl, botId: AppId).Message("help"))!;
        string token;
        if (attack == "unknown-kid")
        {
            token = _issuer.ChannelTokens.Create(_issuer.DefaultKey, AppId, _connector.ServiceUrl, headerKeyId: hostileKid);
        }
        else
        {
            activity["channelId"] = hostileChannel;
            token = _issuer.ChannelTokens.Create(_issuer.DefaultKey, AppId, _connector.ServiceUrl);
        }

        var response = await BotEndpoint.PostAsync(_client, activity.ToJsonString(), token);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        var marker = attack == "unknown-kid" ? KidMarker : ChannelMarker;
        var entries = _logs.Entries;
        entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.ToString()).Should().NotContain(l => l.Contains(marker, StringComparison.Ordinal));
        var debug = entries.Where(e => e.Message.Contains(marker, StringComparison.Ordinal)).ToList();
        debug.Should().NotBeEmpty("the value is still there for whoever debugs a refusal").And.OnlyContain(e => e.Level == LogLevel.Debug);
        debug.Should().OnlyContain(e => !e.Message.Any(c => char.IsControl(c) || c == '\u202E'));
        debug.Should().OnlyContain(e => !e.Message.Contains(new string(attack == "unknown-kid" ? 'k' : 'c', 65), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_CardActionWithHostileVerb_VerbLoggedOnlyAtDebugTruncated()
    {
        var verb = "evil-verb\r\nforged" + new string('v', 300);
        var activity = new TeamsActivities(_connector.ServiceUrl, botId: AppId).CardAction(verb, new { id = "INC-000001", version = 1 });
        var token = _issuer.ChannelTokens.Create(_issuer.DefaultKey, AppId, _connector.ServiceUrl);

        var response = await BotEndpoint.PostAsync(_client, activity, token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = _logs.Entries;
        entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.ToString()).Should().NotContain(l => l.Contains("evil-verb", StringComparison.Ordinal));
        var debug = entries.Where(e => e.Message.Contains("evil-verb", StringComparison.Ordinal)).ToList();
        debug.Should().NotBeEmpty().And.OnlyContain(e => e.Level == LogLevel.Debug && !e.Message.Any(char.IsControl) && !e.Message.Contains(new string('v', 65), StringComparison.Ordinal));
    }
}
