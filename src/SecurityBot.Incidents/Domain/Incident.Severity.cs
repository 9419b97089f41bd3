using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>Severity set by a responder, and the acknowledgement deadline that follows a severity.</summary>
internal sealed partial class Incident
{
    /// <summary>
    /// A responder's judgement of the severity, up or down, overriding the rules' assessment. Open incidents only; the
    /// severity it already has is refused, so a repeated click changes nothing. Raising it while nobody has
    /// acknowledged the incident brings the acknowledgement deadline forward (<see cref="TightenDeadline"/>); lowering
    /// it never pushes the deadline back: an SLA promised stays promised. Returns true when the deadline moved (the
    /// caller then moves the pending escalation).
    /// </summary>
    public bool ChangeSeverity(IncidentSeverity to, IncidentActor by, AcknowledgementSla sla, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(sla);
        if (!Enum.IsDefined(to))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Unknown severity.");
        }

        EnsureOpen("change the severity of");
        if (to == Severity)
        {
            throw new RefusalException($"Nothing changed: {DisplayNumber} is already {to}.");
        }

        var before = Severity;
        Severity = to;
        var how = to > before ? "raised" : "lowered";
        Record(TimelineEventKind.SeverityChanged, by, $"Severity {how} from {before} to {to} by {by.Name}", now);
        Changed(now);
        return to > before && TightenDeadline(sla);
    }

    /// <summary>
    /// Brings the acknowledgement deadline forward to the current severity's SLA, counted from the first report, while
    /// the incident waits for an acknowledgement (a related report or a responder raised the severity); never pushes
    /// it back. Returns true when it moved. A deadline already past makes the next escalation due at once.
    /// </summary>
    public bool TightenDeadline(AcknowledgementSla sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        var dueAt = sla.DueAt(Severity, ReportedAt);
        if (Status != IncidentStatus.New || dueAt >= AcknowledgeBy)
        {
            return false;
        }

        AcknowledgeBy = dueAt;
        return true;
    }
}
