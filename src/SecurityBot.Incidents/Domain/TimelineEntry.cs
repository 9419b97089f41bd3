namespace SecurityBot.Incidents.Domain;

/// <summary>One event in an incident's history: what, who, when. Never changed once written.</summary>
internal sealed class TimelineEntry
{
    public const int MaxTextLength = 1000;

    private TimelineEntry()
    {
        ActorId = ActorName = Text = string.Empty;
    }

    internal TimelineEntry(Guid incidentId, int sequence, TimelineEventKind kind, IncidentActor actor, string text, DateTimeOffset at)
    {
        Sequence = sequence;
        Id = Guid.CreateVersion7(at);
        IncidentId = incidentId;
        Kind = kind;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid IncidentId { get; private set; }

    /// <summary>1, 2, 3… within the incident: the order of events even when several share a timestamp.</summary>
    public int Sequence { get; private set; }

    public TimelineEventKind Kind { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>
    /// Whether <see cref="Text"/> already names who acted ("Acknowledged by X", "Assigned to X", "escalated by X",
    /// "Severity raised from Medium to High by X"):
    /// a summary of the entry then adds only the time, so the name is not said twice.
    /// </summary>
    public bool TextNamesActor => Kind switch
    {
        TimelineEventKind.Acknowledged or TimelineEventKind.Assigned or TimelineEventKind.Resolved or TimelineEventKind.Dismissed
            or TimelineEventKind.SeverityChanged => true,
        TimelineEventKind.Escalated => ActorId != IncidentActor.System.Id,
        _ => false,
    };
}
