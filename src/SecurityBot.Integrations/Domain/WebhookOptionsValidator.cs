using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Domain;

/// <summary>
/// Start-up checks of every endpoint (data annotations do not reach into the dictionary): an absolute https URL (http
/// only to loopback), a secret long enough, known event filters. Failures name the key, never the secret.
/// </summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxRetryDelaySeconds < options.BaseRetryDelaySeconds)
        {
            failures.Add($"{WebhookOptions.SectionName}:MaxRetryDelaySeconds must not be below BaseRetryDelaySeconds.");
        }

        foreach (var (endpoint, settings) in options.Endpoints)
        {
            var key = $"{WebhookOptions.SectionName}:Endpoints:{endpoint}";
            if (settings is null)
            {
                failures.Add($"{key} is empty.");
                continue;
            }

            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{key}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            }

            if (settings.Url is { } url && !IsAllowed(url))
            {
                failures.Add($"{key}:Url must be an absolute https URL (http only to a loopback address).");
            }

            failures.AddRange(settings.Events.Where(e => !WebhookEventTypes.IsKnownFilter(e))
                .Select(e => $"{key}:Events has \"{e}\", which names no event; known: {string.Join(", ", WebhookEventTypes.All)} (or \"incident.*\", \"risk.*\", \"*\")."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAllowed(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps
            || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)))));
}
