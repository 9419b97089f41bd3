namespace SecurityBot.Crisis.Domain;

/// <summary>
/// One follow-up action of a post-incident review: numbered within the review (numbers are never reused, so an old
/// "Done" button can never close another action), owned by one person from the directory, due on a date, reminded
/// until done. Only the owner, the security lead or the CSO may mark it done; marking it twice changes nothing.
/// </summary>
internal sealed class FollowUpAction
{
    public const int MaxTextLength = 500;

    /// <summary>Reminders to the owner before the security lead is told instead.</summary>
    public const int MaxReminders = 5;

    /// <summary>
    /// Reminders go at 09:00 UTC: the directory gives no time zone, and one fixed hour in the morning of Europe and the
    /// afternoon of Asia is predictable for everyone (the card shows the date the owner chose).
    /// </summary>
    public const int ReminderHourUtc = 9;

    /// <summary>Kept simple: two calendar days between reminders, not business days.</summary>
    public static readonly TimeSpan ReminderInterval = TimeSpan.FromDays(2);

    // For EF Core, which sets the properties itself.
    private FollowUpAction()
    {
        Text = OwnerId = OwnerName = string.Empty;
    }

    internal FollowUpAction(Guid reviewId, int number, string text, string ownerId, string ownerName, DateOnly dueDate)
    {
        Id = Guid.NewGuid();
        ReviewId = reviewId;
        Number = number;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        OwnerId = ownerId;
        OwnerName = ownerName.Length > CrisisMember.MaxNameLength ? ownerName[..CrisisMember.MaxNameLength] : ownerName;
        DueDate = dueDate;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    /// <summary>1 for the review's first action; "#2" in cards and timers.</summary>
    public int Number { get; private set; }

    public string Text { get; private set; }

    /// <summary>Entra object id, from the directory (never from the card).</summary>
    public string OwnerId { get; private set; }

    public string OwnerName { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>Reminders sent to the owner so far (one more than <see cref="MaxReminders"/> once the lead was told).</summary>
    public int Reminders { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneById { get; private set; }

    public string? DoneByName { get; private set; }

    public long Version { get; private set; }

    public bool IsDone => DoneAt is not null;

    /// <summary>When the first reminder goes: <see cref="ReminderHourUtc"/> on the due date.</summary>
    public DateTimeOffset FirstReminderAt => new(DueDate.ToDateTime(new TimeOnly(ReminderHourUtc, 0)), TimeSpan.Zero);

    public bool IsOwner(string userId) => string.Equals(OwnerId, userId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Marks the action done. True when this call did it; false when it was done already (a double click, a retry:
    /// the first one stands). Refused for anyone but the owner unless <paramref name="isLeadOrCso"/>.
    /// </summary>
    public bool MarkDone(string userId, string userName, bool isLeadOrCso, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!IsOwner(userId) && !isLeadOrCso)
        {
            throw new RefusalException($"Only {OwnerName} (the owner), the security lead or the CSO can mark follow-up #{Number} done.");
        }

        if (IsDone)
        {
            return false;
        }

        DoneAt = now;
        DoneById = userId;
        DoneByName = userName.Length > CrisisMember.MaxNameLength ? userName[..CrisisMember.MaxNameLength] : userName;
        Version++;
        return true;
    }

    /// <summary>The reminder timer fired: what to do now (and it is counted).</summary>
    public FollowUpNudge Nudge()
    {
        if (IsDone || Reminders > MaxReminders)
        {
            return FollowUpNudge.None;
        }

        Reminders++;
        Version++;
        return Reminders <= MaxReminders ? FollowUpNudge.Reminder : FollowUpNudge.LeadNotice;
    }
}
