using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Checks Directory:Graph:* at start when the Graph directory is selected, so a missing tenant or credential stops
/// the app with a message naming the key instead of failing on the first incident.
/// </summary>
internal sealed class GraphDirectoryOptionsValidator(IOptions<DirectoryOptions> directory) : IValidateOptions<GraphDirectoryOptions>
{
    public const string NoCredentialMessage =
        "No Graph credential is configured: set Directory:Graph:ClientSecret, Directory:Graph:CertificatePath or " +
        "Directory:Graph:ManagedIdentityClientId (or MicrosoftAppPassword / MicrosoftAppCertificatePath), or set " +
        "Directory:Graph:Credential to ManagedIdentity for a system-assigned identity.";

    public ValidateOptionsResult Validate(string? name, GraphDirectoryOptions options)
    {
        if (directory.Value.Provider != DirectoryProvider.Graph)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || !(baseUrl.Scheme == Uri.UriSchemeHttps || (baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)))
        {
            // A bearer token must never travel in clear text beyond this machine.
            errors.Add("Directory:Graph:BaseUrl must be an absolute https URL (http only for loopback).");
        }

        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Directory:Graph:AuthorityHost must be an absolute https URL.");
        }

        var kind = GraphCredentialFactory.Resolve(options);
        if (kind is null)
        {
            errors.Add(NoCredentialMessage);
        }

        if (kind is GraphCredentialKind.ClientSecret or GraphCredentialKind.Certificate)
        {
            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                errors.Add("Directory:Graph:TenantId (or MicrosoftAppTenantId) is required: application permissions are granted per tenant.");
            }

            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                errors.Add("Directory:Graph:ClientId (or MicrosoftAppId) is required.");
            }
        }

        if (kind == GraphCredentialKind.ClientSecret && string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add("Directory:Graph:ClientSecret (or MicrosoftAppPassword) is required for the ClientSecret credential.");
        }

        if (kind == GraphCredentialKind.Certificate
            && (string.IsNullOrWhiteSpace(options.CertificatePath) || !File.Exists(Path.GetFullPath(options.CertificatePath, AppContext.BaseDirectory))))
        {
            errors.Add($"Directory:Graph:CertificatePath (or MicrosoftAppCertificatePath) must name an existing certificate file; got '{options.CertificatePath}'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
