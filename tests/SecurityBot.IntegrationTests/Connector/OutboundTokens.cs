using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>
/// Outbound tokens as the host gets them: AddBotAuthentication's MSAL provider asking a local
/// <see cref="FakeTokenIssuer"/> over HTTPS for client-credentials tokens. Only the token client's primary handler
/// changes (to trust the issuer's throwaway certificate); the issuer records every request and every token it minted,
/// so tests count and match those instead of a stand-in's.
/// </summary>
internal sealed class OutboundTokens : IAsyncDisposable
{
    public const string AppId = "5d8e2f10-3b6a-4c7e-9f21-0a1b2c3d4e5f";

    private OutboundTokens(FakeTokenIssuer issuer) => Issuer = issuer;

    public FakeTokenIssuer Issuer { get; }

    /// <summary>
    /// The root Bot Framework keys for the bot's app and the issuer (ValidateAuthority off: MSAL does not know the
    /// host). A test's own settings come after these, so its empty MicrosoftAppId is the host's authentication-off path.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = Issuer.ClientSecret,
        ["ToChannelFromBotLoginUrl"] = Issuer.LoginUrl,
        ["BotOpenIdMetadata"] = Issuer.OpenIdMetadataUrl,
        ["ValidateAuthority"] = "false",
    };

    /// <summary>The one token the issuer granted (the provider's cache serves every later call); fails otherwise.</summary>
    public string SingleIssuedToken => Issuer.IssuedTokens.Should().ContainSingle("the provider caches its token").Subject;

    public static async Task<OutboundTokens> StartAsync()
    {
        var issuer = await FakeTokenIssuer.StartAsync();
        issuer.ClientId = AppId;
        return new OutboundTokens(issuer);
    }

    /// <summary>
    /// AddBotAuthentication, then AddBotConnector: the host's order (AddBotFramework). The other way round the
    /// connector's fail-closed stand-in would be registered as the token provider instead of MSAL.
    /// </summary>
    public void AddBotFrameworkClient(IServiceCollection services)
    {
        services.AddBotAuthentication();
        services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(Issuer.CreateTrustingHandler);
        services.AddBotConnector();
    }

    public ValueTask DisposeAsync() => Issuer.DisposeAsync();
}
