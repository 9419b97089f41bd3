using System.Net;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.FunctionalTests.Authentication;

/// <summary>
/// The bot with authentication on, configured only through the documented settings, against a local HTTPS token
/// issuer (channel keys and the MSAL token endpoint) and a real-HTTP fake connector (see <see cref="BotHarness"/>).
/// </summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private const string AppId = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f";
    private BotHarness _bot = null!;

    // Authentication refuses before any turn runs; a help turn's database work is covered on both providers by
    // FirstConversationTests, so SQLite is enough here.
    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(authenticatedAs: AppId);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private FakeTokenIssuer Issuer => _bot.Issuer!;

    [Fact]
    public async Task Post_ValidChannelToken_HelpAnsweredWithAnMsalToken()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, _bot.Connector.ServiceUrl);

        var response = await _bot.PostAsync(_bot.Activities.Message("help"), token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var request = await WaitForConnectorRequestAsync();
        request.Authorization.Should().StartWith("Bearer fake-bot-token-");
        Issuer.TokenRequests.Should().ContainSingle().Which.Scope.Should().Be("https://api.botframework.com/.default");
    }

    [Theory]
    [InlineData("missing", HttpStatusCode.Unauthorized)]
    [InlineData("alg-none", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-audience", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-issuer", HttpStatusCode.Unauthorized)]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("unknown-key", HttpStatusCode.Unauthorized)]
    [InlineData("tampered", HttpStatusCode.Unauthorized)]
    [InlineData("other-service-url", HttpStatusCode.Unauthorized)]
    [InlineData("not-endorsed", HttpStatusCode.Forbidden)]
    public async Task Post_ForgedToken_RefusedAndNothingSent(string forgery, HttpStatusCode expected)
    {
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey();
        var tokens = Issuer.ChannelTokens;
        var url = _bot.Connector.ServiceUrl;
        var token = forgery switch
        {
            "missing" => null,
            "alg-none" => tokens.CreateUnsigned(Issuer.DefaultKey.KeyId, AppId, url),
            "wrong-audience" => tokens.Create(Issuer.DefaultKey, "another-bot", url),
            "wrong-issuer" => tokens.Create(Issuer.DefaultKey, AppId, url, issuer: "https://sts.windows.net/attacker/"),
            "expired" => tokens.Create(Issuer.DefaultKey, AppId, url, expires: DateTimeOffset.UtcNow.AddMinutes(-10)),
            "unknown-key" => tokens.Create(unknown, AppId, url),
            "tampered" => tokens.Tamper(tokens.Create(Issuer.DefaultKey, "another-bot", url), AppId, url),
            "other-service-url" => tokens.Create(Issuer.DefaultKey, AppId, "https://attacker.example/amer/"),
            "not-endorsed" => tokens.Create(Issuer.PublishKey("webchat-key", "webchat"), AppId, url),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        var response = await _bot.PostAsync(_bot.Activities.Message("help"), token);

        response.StatusCode.Should().Be(expected);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(token ?? "\u0000");
        _bot.Connector.Requests.Should().BeEmpty();
        Issuer.TokenRequests.Should().BeEmpty();
        (await _bot.StoredReferenceCountAsync()).Should().Be(0, "nothing is stored for a refused request");
    }

    /// <summary>The reply leaves through the outbox; bounded wait, no timing assertion.</summary>
    private async Task<ConnectorRequest> WaitForConnectorRequestAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (_bot.Connector.Requests.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return _bot.Connector.Requests.Should().NotBeEmpty().And.Subject.First();
    }
}
