using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SecurityBot.Platform.Results;

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

    /// <summary>Validates raw form values; <paramref name="errors"/> names each bad field (at most once) and what to do about it.</summary>
    public static bool TryCreate(
        string? categoryKey,
        string? description,
        string? occurredOn,
        string? affectedSystem,
        string? evidence,
        string? clicked,
        DateOnly today,
        [NotNullWhen(true)] out IncidentReportDraft? draft,
        out IReadOnlyList<FieldError> errors)
    {
        var problems = new List<FieldError>();
        draft = null;

        if (!IncidentCategories.TryParseKey(categoryKey, out var category))
        {
            problems.Add(new("category", "Choose what kind of incident this is.") { Code = "CategoryMissing" });
        }

        var what = description?.Trim() ?? string.Empty;
        if (what.Length < MinDescriptionLength)
        {
            problems.Add(new("description", $"Describe what happened in at least {MinDescriptionLength} characters.") { Code = "DescriptionTooShort", Arguments = [MinDescriptionLength] });
        }
        else if (what.Length > MaxDescriptionLength)
        {
            problems.Add(new("description", $"Keep the description under {MaxDescriptionLength} characters (it has {what.Length}); put long text in the evidence field.")
            {
                Code = "DescriptionTooLong",
                Arguments = [MaxDescriptionLength, what.Length],
            });
        }

        DateOnly? when = null;
        if (!string.IsNullOrWhiteSpace(occurredOn))
        {
            // Input.Date submits yyyy-MM-dd; anything else is forged or a client bug.
            if (!DateOnly.TryParseExact(occurredOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new("occurredOn", "Give the date as YYYY-MM-DD.") { Code = "DateFormat" });
            }
            else if (date > today)
            {
                problems.Add(new("occurredOn", "The date is in the future; when did it happen?") { Code = "DateInFuture" });
            }
            else
            {
                when = date;
            }
        }

        var affected = Optional(affectedSystem);
        if (affected?.Length > MaxAffectedSystemLength)
        {
            problems.Add(new("affectedSystem", $"Name the affected system or account in under {MaxAffectedSystemLength} characters.") { Code = "AffectedTooLong", Arguments = [MaxAffectedSystemLength] });
        }

        var proof = Optional(evidence);
        if (proof?.Length > MaxEvidenceLength)
        {
            problems.Add(new("evidence", $"Keep the evidence under {MaxEvidenceLength} characters (it has {proof.Length}).") { Code = "EvidenceTooLong", Arguments = [MaxEvidenceLength, proof.Length] });
        }

        bool? didClick = clicked?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" or "no" => false,
            "true" or "yes" => true,
            _ => null,
        };
        if (didClick is null)
        {
            problems.Add(new("clicked", "Say whether you clicked or opened it (true or false).") { Code = "ClickedInvalid" });
        }

        errors = problems;
        if (problems.Count > 0 || didClick is not { } clickedIt)
        {
            return false;
        }

        draft = new IncidentReportDraft(category, what, when, affected, proof, clickedIt);
        return true;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
