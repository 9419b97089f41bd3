using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SecurityBot.Testing.Auth;
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
    private BotHarness _bot = null!;

    // Refusals and an unknown verb: what is logged, not what is stored. SQLite only.
    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(logs: _logs, authenticatedAs: AppId);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private FakeTokenIssuer Issuer => _bot.Issuer!;

    [Theory]
    [InlineData("unknown-kid")]
    [InlineData("hostile-channel")]
    public async Task Post_HostileKidOrChannelId_LoggedOnlyAtDebugTruncatedAndWithoutControlCharacters(string attack)
    {
        var hostileKid = KidMarker + "\r\nInformation: forged log line\u202E" + new string('k', 300);
        var hostileChannel = ChannelMarker + "\n\u001b[31mforged" + new string('c', 300);
        var activity = JsonNode.Parse(_bot.Activities.Message("help"))!;
        string token;
        if (attack == "unknown-kid")
        {
            token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, _bot.Connector.ServiceUrl, headerKeyId: hostileKid);
        }
        else
        {
            activity["channelId"] = hostileChannel;
            token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, _bot.Connector.ServiceUrl);
        }

        var response = await _bot.PostAsync(activity.ToJsonString(), token);

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
        var activity = _bot.Activities.CardAction(verb, new { id = "INC-000001", version = 1 });
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, _bot.Connector.ServiceUrl);

        var response = await _bot.PostAsync(activity, token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = _logs.Entries;
        entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.ToString()).Should().NotContain(l => l.Contains("evil-verb", StringComparison.Ordinal));
        var debug = entries.Where(e => e.Message.Contains("evil-verb", StringComparison.Ordinal)).ToList();
        debug.Should().NotBeEmpty().And.OnlyContain(e => e.Level == LogLevel.Debug && !e.Message.Any(char.IsControl) && !e.Message.Contains(new string('v', 65), StringComparison.Ordinal));
    }
}
