using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Domain;

/// <summary>The triage transitions of an incident: acknowledge, assign, escalate, close, note (severity: Incident.Severity.cs).</summary>
internal sealed partial class Incident
{
    public void Acknowledge(IncidentActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOpen("acknowledge");
        if (Status != IncidentStatus.New)
        {
            throw new RefusalException($"{DisplayNumber} was already acknowledged by {AcknowledgedByName} at {Clock(AcknowledgedAt!.Value)}.");
        }

        MarkAcknowledged(actor, now);
        Record(TimelineEventKind.Acknowledged, actor, $"Acknowledged by {actor.Name}", now);
        Changed(now);
    }

    /// <summary>Takes the incident: acknowledges it if nobody had, and starts the investigation.</summary>
    public void AssignTo(IncidentActor actor, DateTimeOffset now) => Assign(actor, actor, now);

    /// <summary>
    /// Gives the incident to <paramref name="assignee"/> (<paramref name="by"/> themself or someone else; whether the
    /// assignee may triage is the application's check, against the directory). Like taking it, this acknowledges an
    /// incident nobody had — on behalf of <paramref name="by"/>, who is the one who responded — and starts the
    /// investigation.
    /// </summary>
    public void Assign(IncidentActor assignee, IncidentActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        ArgumentNullException.ThrowIfNull(by);
        EnsureOpen("assign");
        if (Status == IncidentStatus.Investigating && string.Equals(AssigneeId, assignee.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new RefusalException($"{DisplayNumber} is already assigned to {AssigneeName}.");
        }

        if (Status == IncidentStatus.New)
        {
            MarkAcknowledged(by, now);
        }

        AssigneeId = assignee.Id;
        AssigneeName = assignee.Name;
        Status = IncidentStatus.Investigating;
        var text = string.Equals(assignee.Id, by.Id, StringComparison.OrdinalIgnoreCase)
            ? $"Assigned to {assignee.Name}; investigating"
            : $"Assigned to {assignee.Name} by {by.Name}; investigating";
        Record(TimelineEventKind.Assigned, by, text, now);
        Changed(now);
    }

    /// <summary>
    /// Records an escalation step (automatic, by <see cref="IncidentActor.System"/>, or a responder's); <c>why</c>
    /// says why it climbs when it is not the SLA or a responder's button (e.g. the step's people cannot be reached).
    /// </summary>
    public void Escalate(IncidentActor actor, int step, string toWhom, DateTimeOffset nextDueAt, DateTimeOffset now, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        EnsureOpen("escalate");
        EscalationStep = step;
        AcknowledgeBy = nextDueAt;
        why ??= actor == IncidentActor.System ? "not acknowledged in time" : $"escalated by {actor.Name}";
        Record(TimelineEventKind.Escalated, actor, $"Escalation step {step} ({why}): {toWhom}", now);
        Changed(now);
    }

    public void Resolve(IncidentActor actor, string? note, DateTimeOffset now) =>
        Close(IncidentStatus.Resolved, TimelineEventKind.Resolved, actor, note, now);

    /// <summary>A false positive (or not a security matter): closed without action.</summary>
    public void Dismiss(IncidentActor actor, string? reason, DateTimeOffset now) =>
        Close(IncidentStatus.Dismissed, TimelineEventKind.Dismissed, actor, reason, now);

    public void AddNote(IncidentActor actor, string note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = note?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new RefusalException("A note needs some text.");
        }

        Record(TimelineEventKind.Note, actor, text.Length > MaxNoteLength ? text[..MaxNoteLength] : text, now);
        Changed(now);
    }

    /// <summary>The most recent change in words, for "already … by X at T" answers to stale cards.</summary>
    public string LastChangeDescription()
    {
        var last = _timeline.MaxBy(e => e.Sequence);
        if (last is null)
        {
            return $"{DisplayNumber} has changed";
        }

        return last.TextNamesActor
            ? $"{DisplayNumber}: {last.Text} ({Clock(last.At)})"
            : $"{DisplayNumber}: {last.Text} ({last.ActorName}, {Clock(last.At)})";
    }

    /// <summary>Whether the person reported (or co-reported) this incident.</summary>
    public bool IsReporter(string userId) =>
        _reports.Any(r => string.Equals(r.ReporterId, userId, StringComparison.OrdinalIgnoreCase));

    private void Close(IncidentStatus status, TimelineEventKind kind, IncidentActor actor, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOpen(status == IncidentStatus.Resolved ? "resolve" : "dismiss");
        if (Status == IncidentStatus.New)
        {
            MarkAcknowledged(actor, now);
        }

        var text = note?.Trim();
        Resolution = string.IsNullOrEmpty(text) ? null : text.Length > MaxNoteLength ? text[..MaxNoteLength] : text;
        Status = status;
        ClosedById = actor.Id;
        ClosedByName = actor.Name;
        ClosedAt = now;
        var verb = status == IncidentStatus.Resolved ? "Resolved" : "Dismissed as a false positive";
        Record(kind, actor, Resolution is null ? $"{verb} by {actor.Name}" : $"{verb} by {actor.Name}: {Resolution}", now);
        Changed(now);
    }

    private void MarkAcknowledged(IncidentActor actor, DateTimeOffset now)
    {
        Status = IncidentStatus.Acknowledged;
        AcknowledgedById = actor.Id;
        AcknowledgedByName = actor.Name;
        AcknowledgedAt = now;
    }

    private void EnsureOpen(string action)
    {
        if (!IsOpen)
        {
            var how = Status == IncidentStatus.Resolved ? "resolved" : "dismissed";
            throw new RefusalException(
                $"Cannot {action} {DisplayNumber}: it was already {how} by {ClosedByName} at {Clock(ClosedAt!.Value)}.");
        }
    }
}
