using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Fills empty Directory:Graph credentials from the bot's own app registration (the root MicrosoftApp* keys the
/// Bot Framework uses), so one app registration is enough for a real tenant.
/// </summary>
internal sealed class GraphRegistrationDefaults(IConfiguration configuration) : IPostConfigureOptions<GraphDirectoryOptions>
{
    public void PostConfigure(string? name, GraphDirectoryOptions options)
    {
        options.TenantId = FirstNonEmpty(options.TenantId, configuration["MicrosoftAppTenantId"]);
        options.ClientId = FirstNonEmpty(options.ClientId, configuration["MicrosoftAppId"]);
        options.ClientSecret = FirstNonEmpty(options.ClientSecret, configuration["MicrosoftAppPassword"]);
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            options.CertificatePath = FirstNonEmpty(null, configuration["MicrosoftAppCertificatePath"]);
            options.CertificatePassword = FirstNonEmpty(options.CertificatePassword, configuration["MicrosoftAppCertificatePassword"]);
        }
    }

    private static string? FirstNonEmpty(string? value, string? fallback) =>
        !string.IsNullOrWhiteSpace(value) ? value : string.IsNullOrWhiteSpace(fallback) ? null : fallback;
}
