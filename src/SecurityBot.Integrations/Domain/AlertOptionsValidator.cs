using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Domain;

/// <summary>Start-up checks of every alert source: an HMAC secret long enough, or client apps and a token issuer for Entra.</summary>
internal sealed partial class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (source, settings) in options.Sources)
        {
            var key = $"{AlertOptions.SectionName}:Sources:{source}";
            if (!SourceName().IsMatch(source))
            {
                failures.Add($"{key}: a source name is 1 to 50 lower-case letters, digits or '-' (it is stored on the incidents it raises).");
            }

            if (settings is null)
            {
                failures.Add($"{key} is empty.");
            }
            else if (settings.Auth == AlertAuthKind.Hmac && (settings.Secret?.Length ?? 0) < WebhookEndpointOptions.MinimumSecretLength)
            {
                failures.Add($"{key}:Secret must be at least {WebhookEndpointOptions.MinimumSecretLength} characters (Auth Hmac).");
            }
            else if (settings.Auth == AlertAuthKind.Entra)
            {
                if (settings.AllowedAppIds.Count == 0 || settings.AllowedAppIds.Any(string.IsNullOrWhiteSpace))
                {
                    failures.Add($"{key}:AllowedAppIds must list the client app ids allowed to send (Auth Entra).");
                }

                if (options.Entra.Metadata is null || options.Entra.Audiences.Count == 0)
                {
                    failures.Add($"{AlertOptions.SectionName}:Entra needs TenantId (or MetadataAddress) and Audiences for source {source} (Auth Entra).");
                }
                else if (options.Entra.Metadata.Scheme != Uri.UriSchemeHttps)
                {
                    failures.Add($"{AlertOptions.SectionName}:Entra:MetadataAddress must be https.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9-]{1,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceName();
}
