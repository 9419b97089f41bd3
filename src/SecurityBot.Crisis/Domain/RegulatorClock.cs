namespace SecurityBot.Crisis.Domain;

/// <summary>
/// The regulator's clock of one incident (at most one: the incident number is unique): started when a responder
/// marks that personal data is involved, due <see cref="DeadlineAt"/> (GDPR Art. 33: 72 hours), and stopped for good
/// by one decision — the authority was notified (when, by whom, their reference) or no notification is needed (when,
/// by whom, why). It guards its rules: it starts once, it is decided once, and a decided clock reminds no one.
/// </summary>
internal sealed class RegulatorClock
{
    public const int MaxReferenceLength = 200;
    public const int MaxReasonLength = 1000;

    // For EF Core, which sets the properties itself.
    private RegulatorClock()
    {
        IncidentNumber = StartedById = StartedByName = string.Empty;
    }

    private RegulatorClock(CrisisRoom room, (string Id, string Name) startedBy, TimeSpan window, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        RoomId = room.Id;
        IncidentNumber = room.IncidentNumber;
        Status = RegulatorClockStatus.Running;
        StartedAt = now;
        StartedById = startedBy.Id;
        StartedByName = ClipName(startedBy.Name);
        DeadlineAt = now + window;
        UpdatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid RoomId { get; private set; }

    /// <summary>The incident's display number ("INC-000042"): unique, so two marks at once make one clock.</summary>
    public string IncidentNumber { get; private set; }

    public RegulatorClockStatus Status { get; private set; }

    /// <summary>When a responder marked that personal data is involved: the clock runs from here.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    public string StartedById { get; private set; }

    public string StartedByName { get; private set; }

    /// <summary>When the authority must have been notified (start + Crisis:Regulator:NotificationHours).</summary>
    public DateTimeOffset DeadlineAt { get; private set; }

    /// <summary>The reminder point (its instant) last reminded; later points only are still to come.</summary>
    public DateTimeOffset? LastReminderAt { get; private set; }

    /// <summary>When the "deadline passed, not notified" notice went out.</summary>
    public DateTimeOffset? DeadlinePassedNoticeAt { get; private set; }

    /// <summary>When the clock was stopped (notified, or decided not notifiable).</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>The authority's reference for the notification, as typed (user text: escape it wherever shown).</summary>
    public string? AuthorityReference { get; private set; }

    /// <summary>Why no notification is needed, as typed (user text: escape it wherever shown).</summary>
    public string? NoNotificationReason { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsRunning => Status == RegulatorClockStatus.Running;

    /// <summary>Starts the clock of the room's incident: <paramref name="window"/> until the deadline.</summary>
    public static RegulatorClock Start(CrisisRoom room, (string Id, string Name) startedBy, TimeSpan window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentException.ThrowIfNullOrWhiteSpace(startedBy.Id);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        return new RegulatorClock(room, startedBy, window, now);
    }

    /// <summary>Time left until the deadline at <paramref name="now"/>; negative once it passed.</summary>
    public TimeSpan TimeLeft(DateTimeOffset now) => DeadlineAt - now;

    /// <summary>Records "notified the authority at now by …", with the authority's reference when one was given.</summary>
    public void RecordNotified((string Id, string Name) by, string? reference, DateTimeOffset now)
    {
        var clean = Clean(reference);
        Require(clean is null || clean.Length <= MaxReferenceLength,
            $"The authority's reference is {clean?.Length} characters; at most {MaxReferenceLength}.");
        Decide(RegulatorClockStatus.Notified, by, now);
        AuthorityReference = clean;
    }

    /// <summary>Records that no notification is needed (the DPO's call, say), with the reason.</summary>
    public void RecordNotNotifiable((string Id, string Name) by, string reason, DateTimeOffset now)
    {
        var clean = Clean(reason);
        Require(clean is not null, "Say why no notification is needed: no-notification <reason>.");
        Require(clean!.Length <= MaxReasonLength, $"The reason is {clean.Length} characters; at most {MaxReasonLength}.");
        Decide(RegulatorClockStatus.NotNotifiable, by, now);
        NoNotificationReason = clean;
    }

    /// <summary>
    /// A reminder point was reached. True when it is news (the clock still runs and the point was not reminded
    /// before); the deadline's point also records that its notice went out.
    /// </summary>
    public bool Reminded(RegulatorReminderPoint point, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (!IsRunning || (LastReminderAt is { } last && last >= point.At))
        {
            return false;
        }

        LastReminderAt = point.At;
        if (point.IsDeadline)
        {
            DeadlinePassedNoticeAt = now;
        }

        Touch(now);
        return true;
    }

    private void Decide(RegulatorClockStatus status, (string Id, string Name) by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by.Id);
        Require(Status != RegulatorClockStatus.Notified, "The notification to the authority is already recorded.");
        Require(Status != RegulatorClockStatus.NotNotifiable, "It is already decided that no notification is needed.");
        Status = status;
        DecidedAt = now;
        DecidedById = by.Id;
        DecidedByName = ClipName(by.Name);
        Touch(now);
    }

    private static string? Clean(string? text)
    {
        var clean = new string([.. (text ?? string.Empty).Where(c => !char.IsControl(c) || c is '\n')]).Trim();
        return clean.Length == 0 ? null : clean;
    }

    private static string ClipName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Unknown user" : name.Length > CrisisMember.MaxNameLength ? name[..CrisisMember.MaxNameLength] : name;

    private static void Require(bool condition, string refusal)
    {
        if (!condition)
        {
            throw new RefusalException(refusal);
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
