namespace SecurityBot.BotFramework.Authentication;

/// <summary>Fixed values of the Bot Framework connector authentication spec and the names of our HTTP clients.</summary>
public static class AuthenticationConstants
{
    /// <summary>The only issuer of channel-to-bot tokens.</summary>
    public const string ChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>The claim carrying the connector URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Named HttpClient fetching the OpenID metadata and the signing keys.</summary>
    public const string OpenIdMetadataHttpClient = "BotFramework.OpenIdMetadata";

    /// <summary>Named HttpClient MSAL uses for outbound token requests.</summary>
    public const string TokenHttpClient = "BotFramework.Token";

    /// <summary>Clock skew tolerated on nbf/exp, as the spec allows.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before they are fetched again.</summary>
    public static readonly TimeSpan SigningKeyLifetime = TimeSpan.FromHours(24);

    /// <summary>Least time between two fetches caused by an unknown key id, so forged kids cannot hammer the issuer.</summary>
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
}
