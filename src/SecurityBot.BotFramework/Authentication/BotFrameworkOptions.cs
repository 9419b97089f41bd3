namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// The Bot Framework settings, read from the root of the configuration under the names the Bot Framework SDK uses
/// (so an existing bot's settings work unchanged).
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>Bound from the configuration root.</summary>
    public const string SectionName = "";

    /// <summary>Key <c>MicrosoftAppType</c>: MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>Key <c>MicrosoftAppId</c>: the bot's Entra app (client) id. Empty turns authentication off, which is allowed only in Development.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Key <c>MicrosoftAppPassword</c>: client secret (MultiTenant/SingleTenant). Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Key <c>MicrosoftAppTenantId</c>: the app's tenant (SingleTenant, UserAssignedMSI).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Key <c>MicrosoftAppCertificatePath</c>: PFX file with the client certificate, instead of a secret.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>Key <c>MicrosoftAppCertificatePassword</c>: password of that PFX. Never logged.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>Key <c>BotOpenIdMetadata</c>: OpenID metadata of the channel's token issuer.</summary>
    public string BotOpenIdMetadata { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Key <c>ToChannelFromBotLoginUrl</c>: authority for outbound tokens (the app's tenant replaces botframework.com for SingleTenant).</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";

    /// <summary>Key <c>ToChannelFromBotOAuthScope</c>: resource of outbound tokens; "/.default" is appended.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>Key <c>ValidateAuthority</c>: false for authority hosts MSAL does not know (no instance discovery).</summary>
    public bool ValidateAuthority { get; set; } = true;

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
