using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Microsoft Graph connection (Directory:Graph:*), used when Directory:Provider is Graph. Empty credentials fall back
/// to the bot's app registration (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId,
/// MicrosoftAppCertificatePath, MicrosoftAppCertificatePassword).
/// </summary>
public sealed class GraphDirectoryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Directory:Graph";

    /// <summary>
    /// Directory:Graph:BaseUrl — Graph endpoint including the version (default https://graph.microsoft.com/v1.0;
    /// e.g. https://graph.microsoft.us/v1.0 for US Government, https://microsoftgraph.chinacloudapi.cn/v1.0 for China).
    /// The access token is sent to this host only.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Directory:Graph:AuthorityHost — Entra sign-in endpoint (default https://login.microsoftonline.com/; e.g.
    /// https://login.microsoftonline.us/). Instance discovery is disabled for hosts that are not Microsoft's.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Directory:Graph:Scope — token scope; default: the base URL's scheme and host + "/.default".</summary>
    public string? Scope { get; set; }

    /// <summary>Directory:Graph:Credential — Auto (default), ClientSecret, Certificate or ManagedIdentity.</summary>
    [EnumDataType(typeof(GraphCredentialKind))]
    public GraphCredentialKind Credential { get; set; } = GraphCredentialKind.Auto;

    /// <summary>Directory:Graph:TenantId — the organisation's tenant id; default MicrosoftAppTenantId.</summary>
    public string? TenantId { get; set; }

    /// <summary>Directory:Graph:ClientId — the app registration's client id; default MicrosoftAppId.</summary>
    public string? ClientId { get; set; }

    /// <summary>Directory:Graph:ClientSecret — client secret; default MicrosoftAppPassword. Keep it in a secret store.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Directory:Graph:CertificatePath — PFX (or PEM) certificate file; default MicrosoftAppCertificatePath.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Directory:Graph:CertificatePassword — the PFX password; default MicrosoftAppCertificatePassword.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Directory:Graph:ManagedIdentityClientId — client id of a user-assigned managed identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Directory:Graph:TeamsAppCatalogId — the bot's Teams app id in the tenant app catalog (not the manifest id), used to
    /// install the app for people who never talked to the bot. Empty disables proactive installation.
    /// </summary>
    [MaxLength(128)]
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Directory:Graph:MaxRetries — retries of throttled (429, honouring Retry-After) or failed (503, 504) calls; 0–10, default 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Directory:Graph:TimeoutSeconds — overall time limit of one Graph call including its retries (default 30).</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Directory:Graph:PageSize — group members, or users of an audience, fetched per page ($top, 1–999, default 999).</summary>
    [Range(1, 999)]
    public int PageSize { get; set; } = 999;

    /// <summary>The token scope actually requested.</summary>
    public string EffectiveScope =>
        !string.IsNullOrWhiteSpace(Scope) ? Scope : new Uri(BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";
}
