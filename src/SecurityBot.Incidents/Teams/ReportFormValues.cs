namespace SecurityBot.Incidents.Teams;

/// <summary>Values a report form is filled with: what the person submitted (shown again after an error) or what free text suggested.</summary>
internal sealed record ReportFormValues(
    string? Category = null,
    string? Description = null,
    string? OccurredOn = null,
    string? AffectedSystem = null,
    string? Evidence = null,
    bool Clicked = false);
