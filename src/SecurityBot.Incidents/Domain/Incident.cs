using System.Globalization;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A security incident: one or more reports of the same thing, its severity (by <see cref="SeverityRules"/>), its
/// lifecycle (New → Acknowledged → Investigating → Resolved, or Dismissed) and its timeline. Every change bumps
/// <see cref="Version"/>, which cards carry so a stale click is recognised; methods refuse illegal transitions with an
/// <see cref="RefusalException"/> that says what already happened.
/// </summary>
internal sealed partial class Incident
{
    public const string EntityType = "Incident";
    public const int MaxNoteLength = 2000;

    private readonly List<IncidentReport> _reports = [];
    private readonly List<IncidentIndicator> _indicators = [];
    private readonly List<TimelineEntry> _timeline = [];

    private Incident()
    {
        ReporterId = ReporterName = Title = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Sequence number; <see cref="DisplayNumber"/> is what people see.</summary>
    public long Number { get; private set; }

    public string DisplayNumber => IncidentNumber.Format(Number);

    public IncidentCategory Category { get; private set; }

    public IncidentSeverity Severity { get; private set; }

    public IncidentStatus Status { get; private set; }

    /// <summary>First line of the first report, bounded: the incident's name on cards and in lists.</summary>
    public string Title { get; private set; }

    public string ReporterId { get; private set; }

    public string ReporterName { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public DateTimeOffset LastReportedAt { get; private set; }

    public int ReportCount { get; private set; }

    public int RelatedReportCount => ReportCount - 1;

    public bool AnyClicked { get; private set; }

    public bool PrivilegedReporter { get; private set; }

    public string? AcknowledgedById { get; private set; }

    public string? AcknowledgedByName { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    public string? ClosedById { get; private set; }

    public string? ClosedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Resolution or dismissal reason, as the responder wrote it.</summary>
    public string? Resolution { get; private set; }

    /// <summary>Escalation steps taken so far (0: only the first recipients were told).</summary>
    public int EscalationStep { get; private set; }

    /// <summary>When the acknowledgement SLA runs out (the next escalation is due then).</summary>
    public DateTimeOffset AcknowledgeBy { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every report, the first (the one that opened the incident) first.</summary>
    public IReadOnlyList<IncidentReport> Reports => _reports.OrderBy(r => r.ReportedAt).ToList();

    public IReadOnlyList<IncidentIndicator> Indicators => _indicators;

    /// <summary>Every event, oldest first.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => _timeline.OrderBy(e => e.Sequence).ToList();

    public bool IsOpen => Status is IncidentStatus.New or IncidentStatus.Acknowledged or IncidentStatus.Investigating;

    /// <summary>The rules' explanation of the current severity.</summary>
    public SeverityAssessment Assessment => SeverityRules.Assess(Category, AnyClicked, PrivilegedReporter, RelatedReportCount, AlertSeverity);

    /// <summary>Opens an incident from its first report.</summary>
    public static Incident Open(long number, IncidentReportDraft draft, IncidentActor reporter, bool privilegedReporter,
        IEnumerable<Indicator> indicators, DateTimeOffset now, DateTimeOffset acknowledgeBy, string? submissionKey = null, ReportOrigin? origin = null)
    {
        origin ??= ReportOrigin.Person;
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Category = draft.Category,
            Status = IncidentStatus.New,
            Title = TitleFrom(draft.Description),
            ReporterId = reporter.Id,
            ReporterName = reporter.Name,
            ReportedAt = now,
            LastReportedAt = now,
            ReportCount = 1,
            Source = origin.Source,
            AlertSeverity = origin.Alert?.Severity,
            AnyClicked = draft.Clicked,
            PrivilegedReporter = privilegedReporter,
            AcknowledgeBy = acknowledgeBy,
            Version = 1,
            UpdatedAt = now,
        };
        incident._reports.Add(new IncidentReport(incident.Id, reporter, draft, privilegedReporter, now, submissionKey, origin));
        incident.AddIndicators(indicators, now);
        incident.Severity = incident.Assessment.Severity;
        incident.Record(TimelineEventKind.Reported, reporter, $"{Capitalised(How(origin))} as {draft.Category.Title()}; severity {incident.Severity}" + (draft.Clicked ? "; the reporter clicked or opened it" : string.Empty), now);
        return incident;
    }

    /// <summary>
    /// Adds another person's report of the same thing (it shares an indicator). Severity only ever rises here; returns
    /// true when it did.
    /// </summary>
    public bool AddRelatedReport(IncidentReportDraft draft, IncidentActor reporter, bool privilegedReporter, IEnumerable<Indicator> indicators, DateTimeOffset now,
        string? submissionKey = null, ReportOrigin? origin = null)
    {
        origin ??= ReportOrigin.Person;
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(indicators);
        EnsureOpen("add a report to");
        _reports.Add(new IncidentReport(Id, reporter, draft, privilegedReporter, now, submissionKey, origin));
        ReportCount++;
        if (origin.Alert is { } alert && (AlertSeverity is null || alert.Severity > AlertSeverity))
        {
            AlertSeverity = alert.Severity;
        }

        LastReportedAt = now;
        AnyClicked |= draft.Clicked;
        PrivilegedReporter |= privilegedReporter;
        AddIndicators(indicators, now);
        Record(TimelineEventKind.RelatedReport, reporter,
            $"Also {How(origin)} ({ReportCount} reports)" + (draft.Clicked ? "; this reporter clicked or opened it" : string.Empty), now);
        Changed(now);
        var computed = Assessment.Severity;
        if (computed <= Severity)
        {
            return false;
        }

        var before = Severity;
        Severity = computed;
        Record(TimelineEventKind.SeverityRaised, IncidentActor.System, $"Severity raised from {before} to {computed}", now);
        return true;
    }

    private void AddIndicators(IEnumerable<Indicator> indicators, DateTimeOffset now)
    {
        foreach (var indicator in indicators)
        {
            if (_indicators.Count < IndicatorExtractor.MaxIndicators
                && !_indicators.Any(i => i.Kind == indicator.Kind && i.Value == indicator.Value))
            {
                _indicators.Add(new IncidentIndicator(Id, indicator, now));
            }
        }
    }

    private void Record(TimelineEventKind kind, IncidentActor actor, string text, DateTimeOffset now)
    {
        _timeline.Add(new TimelineEntry(Id, _timeline.Count == 0 ? 1 : _timeline.Max(e => e.Sequence) + 1, kind, actor, text, now));
    }

    /// <summary>One call per accepted command: the version says "something changed", not how many entries were written.</summary>
    private void Changed(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    private static string TitleFrom(string description)
    {
        var firstLine = description.Split('\n', 2)[0].Trim();
        return firstLine.Length <= 120 ? firstLine : firstLine[..119] + "…";
    }

    /// <summary>Times in answers are UTC, labelled, so nobody has to guess the zone.</summary>
    internal static string Clock(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
