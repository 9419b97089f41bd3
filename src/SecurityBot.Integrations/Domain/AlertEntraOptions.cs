namespace SecurityBot.Integrations.Domain;

/// <summary>"Integrations:Alerts:Entra": the Entra ID app whose tokens the alert API accepts (for sources with Auth Entra).</summary>
internal sealed class AlertEntraOptions
{
    /// <summary>…:TenantId — the directory (tenant) id that issues the tokens.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// …:MetadataAddress — the OpenID configuration to take the issuer and signing keys from; empty:
    /// https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration.
    /// </summary>
    public Uri? MetadataAddress { get; set; }

    /// <summary>…:Audiences — the audiences accepted: the alert API app's Application ID URI and/or its client id.</summary>
    public IList<string> Audiences { get; set; } = [];

    /// <summary>
    /// …:ValidIssuers — the issuers accepted; empty: the metadata's issuer plus Entra's v1 form
    /// https://sts.windows.net/{TenantId}/ (tokens of either access token version).
    /// </summary>
    public IList<string> ValidIssuers { get; set; } = [];

    /// <summary>The metadata address in use.</summary>
    public Uri? Metadata => MetadataAddress
        ?? (string.IsNullOrWhiteSpace(TenantId) ? null : new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId)}/v2.0/.well-known/openid-configuration"));
}
