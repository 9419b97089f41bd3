using System.Globalization;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A report as submitted, validated: everything an employee typed, bounded. Build it with <see cref="TryCreate"/>,
/// which answers every problem at once in words the reporter can act on.
/// </summary>
internal sealed record IncidentReportDraft(
    IncidentCategory Category,
    string Description,
    DateOnly? OccurredOn,
    string? AffectedSystem,
    string? Evidence,
    bool Clicked)
{
    public const int MinDescriptionLength = 10;
    public const int MaxDescriptionLength = 4000;
    public const int MaxAffectedSystemLength = 200;
    public const int MaxEvidenceLength = 8000;

    /// <summary>All the report's text, for indicator extraction and correlation.</summary>
    public string AllText => string.Join('\n', new[] { Description, AffectedSystem, Evidence }.Where(t => !string.IsNullOrWhiteSpace(t)));

    /// <summary>Validates raw form values; <paramref name="errors"/> maps each bad field to what to do about it.</summary>
    public static bool TryCreate(
        string? categoryKey,
        string? description,
        string? occurredOn,
        string? affectedSystem,
        string? evidence,
        string? clicked,
        DateOnly today,
        out IncidentReportDraft? draft,
        out IReadOnlyDictionary<string, string> errors)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        draft = null;

        if (!IncidentCategories.TryParseKey(categoryKey, out var category))
        {
            problems["category"] = "Choose what kind of incident this is.";
        }

        var what = description?.Trim() ?? string.Empty;
        if (what.Length < MinDescriptionLength)
        {
            problems["description"] = $"Describe what happened in at least {MinDescriptionLength} characters.";
        }
        else if (what.Length > MaxDescriptionLength)
        {
            problems["description"] = $"Keep the description under {MaxDescriptionLength} characters (it has {what.Length}); put long text in the evidence field.";
        }

        DateOnly? when = null;
        if (!string.IsNullOrWhiteSpace(occurredOn))
        {
            // Input.Date submits yyyy-MM-dd; anything else is forged or a client bug.
            if (!DateOnly.TryParseExact(occurredOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems["occurredOn"] = "Give the date as YYYY-MM-DD.";
            }
            else if (date > today)
            {
                problems["occurredOn"] = "The date is in the future; when did it happen?";
            }
            else
            {
                when = date;
            }
        }

        var affected = Optional(affectedSystem);
        if (affected?.Length > MaxAffectedSystemLength)
        {
            problems["affectedSystem"] = $"Name the affected system or account in under {MaxAffectedSystemLength} characters.";
        }

        var proof = Optional(evidence);
        if (proof?.Length > MaxEvidenceLength)
        {
            problems["evidence"] = $"Keep the evidence under {MaxEvidenceLength} characters (it has {proof.Length}).";
        }

        bool? didClick = clicked?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" or "no" => false,
            "true" or "yes" => true,
            _ => null,
        };
        if (didClick is null)
        {
            problems["clicked"] = "Say whether you clicked or opened it (true or false).";
        }

        errors = problems;
        if (problems.Count > 0)
        {
            return false;
        }

        draft = new IncidentReportDraft(category, what, when, affected, proof, didClick!.Value);
        return true;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
