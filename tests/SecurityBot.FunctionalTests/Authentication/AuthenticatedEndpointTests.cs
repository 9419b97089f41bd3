using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.FunctionalTests.Authentication;

/// <summary>
/// The bot with authentication on, configured only through the documented settings, against a local HTTPS token
/// issuer (channel keys and the MSAL token endpoint) and a real-HTTP fake connector.
/// </summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private const string AppId = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f";
    private FakeTokenIssuer _issuer = null!;
    private FakeConnectorServer _connector = null!;
    private SecurityBotFactory _factory = null!;
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;
    private TeamsActivities _activities = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _issuer.ClientId = AppId;
        _connector = await FakeConnectorServer.StartAsync();
        _activities = new TeamsActivities(_connector.ServiceUrl, botId: AppId);
        _factory = new SecurityBotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = _issuer.ClientSecret,
            ["BotOpenIdMetadata"] = _issuer.OpenIdMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = _issuer.LoginUrl,
            ["ValidateAuthority"] = "false",
        });
        // The only test-specific wiring: the issuer's throwaway certificate is trusted by the two token clients.
        _app = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(_issuer.CreateTrustingHandler);
            services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(_issuer.CreateTrustingHandler);
        }));
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

    [Fact]
    public async Task Post_ValidChannelToken_HelpAnsweredWithAnMsalToken()
    {
        var token = _issuer.ChannelTokens.Create(_issuer.DefaultKey, AppId, _connector.ServiceUrl);

        var response = await BotEndpoint.PostAsync(_client, _activities.Message("help"), token);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var request = await WaitForConnectorRequestAsync();
        request.Authorization.Should().StartWith("Bearer fake-bot-token-");
        _issuer.TokenRequests.Should().ContainSingle().Which.Scope.Should().Be("https://api.botframework.com/.default");
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
        var tokens = _issuer.ChannelTokens;
        var url = _connector.ServiceUrl;
        var token = forgery switch
        {
            "missing" => null,
            "alg-none" => tokens.CreateUnsigned(_issuer.DefaultKey.KeyId, AppId, url),
            "wrong-audience" => tokens.Create(_issuer.DefaultKey, "another-bot", url),
            "wrong-issuer" => tokens.Create(_issuer.DefaultKey, AppId, url, issuer: "https://sts.windows.net/attacker/"),
            "expired" => tokens.Create(_issuer.DefaultKey, AppId, url, expires: DateTimeOffset.UtcNow.AddMinutes(-10)),
            "unknown-key" => tokens.Create(unknown, AppId, url),
            "tampered" => tokens.Tamper(tokens.Create(_issuer.DefaultKey, "another-bot", url), AppId, url),
            "other-service-url" => tokens.Create(_issuer.DefaultKey, AppId, "https://attacker.example/amer/"),
            "not-endorsed" => tokens.Create(_issuer.PublishKey("webchat-key", "webchat"), AppId, url),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        var response = await BotEndpoint.PostAsync(_client, _activities.Message("help"), token);

        response.StatusCode.Should().Be(expected);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(token ?? "\u0000");
        _connector.Requests.Should().BeEmpty();
        _issuer.TokenRequests.Should().BeEmpty();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        (await db.Set<ConversationReferenceRecord>().CountAsync()).Should().Be(0, "nothing is stored for a refused request");
    }

    /// <summary>The reply leaves through the outbox; bounded wait, no timing assertion.</summary>
    private async Task<ConnectorRequest> WaitForConnectorRequestAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (_connector.Requests.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return _connector.Requests.Should().NotBeEmpty().And.Subject.First();
    }
}
