namespace SecurityBot.Incidents.Domain;

/// <summary>One person's report. The first opens the incident; later ones that share an indicator are related reports.</summary>
internal sealed partial class IncidentReport
{
    public const int MaxSubmissionKeyLength = 100;

    private IncidentReport()
    {
        ReporterId = ReporterName = Description = string.Empty;
    }

    internal IncidentReport(Guid incidentId, IncidentActor reporter, IncidentReportDraft draft, bool privilegedReporter, DateTimeOffset now, string? submissionKey,
        ReportOrigin? origin = null)
    {
        if (submissionKey is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(submissionKey);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(submissionKey.Length, MaxSubmissionKeyLength, nameof(submissionKey));
        }

        SubmissionKey = submissionKey;
        Id = Guid.CreateVersion7(now);
        IncidentId = incidentId;
        ReporterId = reporter.Id;
        ReporterName = reporter.Name;
        Category = draft.Category;
        Description = draft.Description;
        OccurredOn = draft.OccurredOn;
        AffectedSystem = draft.AffectedSystem;
        Evidence = draft.Evidence;
        Clicked = draft.Clicked;
        PrivilegedReporter = privilegedReporter;
        ReportedAt = now;
        SetOrigin(origin ?? ReportOrigin.Person);
    }

    public Guid Id { get; private set; }

    public Guid IncidentId { get; private set; }

    public string ReporterId { get; private set; }

    public string ReporterName { get; private set; }

    public IncidentCategory Category { get; private set; }

    public string Description { get; private set; }

    public DateOnly? OccurredOn { get; private set; }

    public string? AffectedSystem { get; private set; }

    public string? Evidence { get; private set; }

    public bool Clicked { get; private set; }

    public bool PrivilegedReporter { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    /// <summary>
    /// Names the form submission this report came from (unique): a second submit of the same form by the same person
    /// finds this report instead of adding another. Null when the activity did not say which card was submitted.
    /// </summary>
    public string? SubmissionKey { get; private set; }

    /// <summary>Every free-text field of the report and the message it quotes, for indicator extraction.</summary>
    public string AllText => string.Join('\n', new[] { Description, AffectedSystem, Evidence, MessageText }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
