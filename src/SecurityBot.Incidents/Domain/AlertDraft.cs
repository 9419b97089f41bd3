using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A SIEM alert validated and turned into what a report holds: the draft (title and description as the report's
/// words, the named indicators as its evidence), where it came from, and the submission key that makes the same alert
/// raise one incident. Build it with <see cref="TryCreate"/>, which names every bad field at once.
/// </summary>
internal sealed record AlertDraft(IncidentReportDraft Report, ReportOrigin Origin, IncidentActor Reporter, string SubmissionKey)
{
    public const int MaxTitleLength = 200;
    public const int MaxIndicators = IndicatorExtractor.MaxIndicators;
    public const int MaxIndicatorLength = 500;

    public static bool TryCreate(IncidentAlert alert, DateOnly today, [NotNullWhen(true)] out AlertDraft? draft, out IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var problems = new List<FieldError>();
        draft = null;
        var system = alert.SourceSystem?.Trim() ?? string.Empty;
        if (system.Length == 0 || system.Length > ExternalAlertRef.MaxSystemLength || !system.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problems.Add(new("source", $"Name the sending system in letters, digits, '-' or '_' (at most {ExternalAlertRef.MaxSystemLength})."));
        }

        var externalId = alert.ExternalId?.Trim() ?? string.Empty;
        if (externalId.Length == 0 || externalId.Length > ExternalAlertRef.MaxExternalIdLength || externalId.Any(char.IsControl))
        {
            problems.Add(new("externalId", $"Give the alert's id in your system (1 to {ExternalAlertRef.MaxExternalIdLength} characters, no control characters)."));
        }

        var title = alert.Title?.Trim() ?? string.Empty;
        if (title.Length == 0 || title.Length > MaxTitleLength)
        {
            problems.Add(new("title", $"Give the alert a title of 1 to {MaxTitleLength} characters."));
        }

        var description = alert.Description?.Trim() ?? string.Empty;
        var text = description.Length == 0 ? title : title + "\n\n" + description;
        if (text.Length > IncidentReportDraft.MaxDescriptionLength)
        {
            problems.Add(new("description", $"Keep the title and description under {IncidentReportDraft.MaxDescriptionLength} characters together (they have {text.Length})."));
        }

        var indicators = alert.Indicators ?? [];
        if (indicators.Count > MaxIndicators || indicators.Any(i => string.IsNullOrWhiteSpace(i) || i.Length > MaxIndicatorLength))
        {
            problems.Add(new("indicators", $"Send at most {MaxIndicators} indicators, each 1 to {MaxIndicatorLength} characters."));
        }

        if (alert.Link is { } link && (!link.IsAbsoluteUri || link.Scheme != Uri.UriSchemeHttps || link.AbsoluteUri.Length > QuotedMessage.MaxLinkLength))
        {
            problems.Add(new("link", "The link back to the alert must be an absolute https address."));
        }

        if (!Enum.IsDefined(alert.Severity))
        {
            problems.Add(new("severity", "Give the severity as informational, low, medium, high or critical."));
        }

        errors = problems;
        if (problems.Count > 0)
        {
            return false;
        }

        // An unknown category is not the sender's error to fix: the alert is still raised, as "Something else".
        var category = IncidentCategories.TryParseKey(alert.Category, out var known) ? known : IncidentCategory.Other;
        var detected = alert.DetectedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
        var evidence = indicators.Count == 0 ? null : $"Indicators named by {system}:\n" + string.Join('\n', indicators.Select(i => i.Trim()));
        var report = new IncidentReportDraft(category, text.Length < IncidentReportDraft.MinDescriptionLength ? $"{system} alert: {text}" : text,
            detected <= today ? detected : null, AffectedSystem: null, evidence is { Length: > IncidentReportDraft.MaxEvidenceLength } ? evidence[..IncidentReportDraft.MaxEvidenceLength] : evidence,
            Clicked: false);
        var origin = ReportOrigin.FromAlert(new ExternalAlertRef(system, externalId, alert.Severity, alert.Link));
        draft = new AlertDraft(report, origin, new IncidentActor("siem:" + system.ToLowerInvariant(), $"{system} (SIEM)"), KeyOf(system, externalId));
        return true;
    }

    /// <summary>The same alert from the same system (ids compared exactly, systems case-insensitively) has the same key.</summary>
    private static string KeyOf(string system, string externalId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(system.ToLowerInvariant() + "\n" + externalId));
        return "alert:" + Convert.ToHexString(hash).ToLower(CultureInfo.InvariantCulture);
    }
}
