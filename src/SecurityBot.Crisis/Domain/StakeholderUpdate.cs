namespace SecurityBot.Crisis.Domain;

/// <summary>One stakeholder update of a room, numbered within it: what was said, by whom, when, and when the next is due.</summary>
internal sealed class StakeholderUpdate
{
    // For EF Core, which sets the properties itself.
    private StakeholderUpdate()
    {
        Status = AuthorId = AuthorName = string.Empty;
    }

    internal StakeholderUpdate(Guid roomId, int sequence, StakeholderUpdateDraft draft, string authorId, string authorName, DateTimeOffset at, DateTimeOffset nextDueAt)
    {
        Id = Guid.NewGuid();
        RoomId = roomId;
        Sequence = sequence;
        Status = draft.Status;
        Impact = draft.Impact;
        AuthorId = authorId;
        AuthorName = authorName.Length > CrisisMember.MaxNameLength ? authorName[..CrisisMember.MaxNameLength] : authorName;
        At = at;
        NextDueAt = nextDueAt;
    }

    public Guid Id { get; private set; }

    public Guid RoomId { get; private set; }

    /// <summary>1 for the room's first update; unique per room, so two concurrent posts cannot share a number.</summary>
    public int Sequence { get; private set; }

    public string Status { get; private set; }

    public string? Impact { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset NextDueAt { get; private set; }
}
