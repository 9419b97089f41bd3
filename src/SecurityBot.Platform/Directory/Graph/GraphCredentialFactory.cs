using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Builds the Azure.Identity credential for Graph from Directory:Graph:*. Token requests go through the
/// <see cref="GraphHttpClients.Token"/> named HttpClient, so they share the app's HTTP settings (proxy, trust).
/// </summary>
internal sealed class GraphCredentialFactory(IOptions<GraphDirectoryOptions> options, IHttpClientFactory httpClientFactory)
{
    /// <summary>Sign-in hosts of Microsoft's clouds; any other authority host is trusted as configured.</summary>
    private static readonly HashSet<string> MicrosoftAuthorityHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn",
        "login.partner.microsoftonline.cn", "login.microsoftonline.de", "login.windows.net", "login.microsoft.com",
    };

    /// <summary>The credential kind Auto stands for, given what is configured; null when nothing usable is.</summary>
    public static GraphCredentialKind? Resolve(GraphDirectoryOptions o) => o.Credential switch
    {
        GraphCredentialKind.Auto when !string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) => GraphCredentialKind.ManagedIdentity,
        GraphCredentialKind.Auto when !string.IsNullOrWhiteSpace(o.CertificatePath) => GraphCredentialKind.Certificate,
        GraphCredentialKind.Auto when !string.IsNullOrWhiteSpace(o.ClientSecret) => GraphCredentialKind.ClientSecret,
        GraphCredentialKind.Auto => null,
        var explicitKind => explicitKind,
    };

    public static bool IsMicrosoftAuthority(Uri authorityHost) => MicrosoftAuthorityHosts.Contains(authorityHost.Host);

    public TokenCredential Create()
    {
        var o = options.Value;
        var authorityHost = new Uri(o.AuthorityHost);
        var disableInstanceDiscovery = !IsMicrosoftAuthority(authorityHost);
        switch (Resolve(o))
        {
            case GraphCredentialKind.ClientSecret:
                return new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret, Configure(new ClientSecretCredentialOptions
                {
                    AuthorityHost = authorityHost,
                    DisableInstanceDiscovery = disableInstanceDiscovery,
                }));
            case GraphCredentialKind.Certificate:
                return new ClientCertificateCredential(o.TenantId, o.ClientId, LoadCertificate(o), Configure(new ClientCertificateCredentialOptions
                {
                    AuthorityHost = authorityHost,
                    DisableInstanceDiscovery = disableInstanceDiscovery,
                    SendCertificateChain = true,
                }));
            case GraphCredentialKind.ManagedIdentity:
                var identity = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
                    ? ManagedIdentityId.SystemAssigned
                    : ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId);
                return new ManagedIdentityCredential(Configure(new ManagedIdentityCredentialOptions(identity)));
            default:
                throw new InvalidOperationException(GraphDirectoryOptionsValidator.NoCredentialMessage);
        }
    }

    private T Configure<T>(T credentialOptions) where T : TokenCredentialOptions
    {
        credentialOptions.Transport = new HttpClientTransport(httpClientFactory.CreateClient(GraphHttpClients.Token));
        credentialOptions.Retry.MaxRetries = options.Value.MaxRetries;
        return credentialOptions;
    }

    private static X509Certificate2 LoadCertificate(GraphDirectoryOptions o)
    {
        var path = Path.GetFullPath(o.CertificatePath!, AppContext.BaseDirectory);
        return path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, o.CertificatePassword);
    }
}
