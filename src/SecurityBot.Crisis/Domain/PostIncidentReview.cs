namespace SecurityBot.Crisis.Domain;

/// <summary>
/// The post-incident review of a room (one per room). Saving again — by anyone allowed — replaces the text and the
/// open follow-ups: the latest save is the review, and every earlier revision stays readable in the audit log (each
/// save appends its full text there), which is the record a regulator or an auditor reads. Done follow-ups are kept
/// as they are (they happened); open ones are replaced by the new list, numbered after every number used before.
/// </summary>
internal sealed class PostIncidentReview
{
    public const string EntityType = "CrisisReview";

    private readonly List<FollowUpAction> _actions = [];

    // For EF Core, which sets the properties itself.
    private PostIncidentReview()
    {
        IncidentNumber = WhatHappened = AuthorId = AuthorName = string.Empty;
    }

    private PostIncidentReview(Guid roomId, string incidentNumber, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        RoomId = roomId;
        IncidentNumber = incidentNumber;
        WhatHappened = AuthorId = AuthorName = string.Empty;
        FirstSavedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid RoomId { get; private set; }

    public string IncidentNumber { get; private set; }

    public string WhatHappened { get; private set; }

    public string? Impact { get; private set; }

    public string? RootCause { get; private set; }

    public string? WentWell { get; private set; }

    public string? ToChange { get; private set; }

    /// <summary>Who saved the current revision.</summary>
    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTimeOffset FirstSavedAt { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>1 for the first save, one more for each save after it.</summary>
    public int Revision { get; private set; }

    /// <summary>The highest follow-up number ever given in this review.</summary>
    public int LastActionNumber { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<FollowUpAction> Actions => _actions;

    /// <summary>A new review of <paramref name="room"/>, empty until <see cref="Save"/>.</summary>
    public static PostIncidentReview For(CrisisRoom room, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(room);
        return new PostIncidentReview(room.Id, room.IncidentNumber, now);
    }

    public FollowUpAction? FindAction(int number) => _actions.FirstOrDefault(a => a.Number == number);

    /// <summary>
    /// Saves a revision: the text replaces the last one, open follow-ups are replaced by <paramref name="actions"/>
    /// (owners already looked up). Returns the open actions removed, whose reminders the caller cancels.
    /// </summary>
    public IReadOnlyList<FollowUpAction> Save(ReviewDraft draft, IEnumerable<(FollowUpLine Line, string OwnerId, string OwnerName)> actions,
        (string Id, string Name) author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actions);
        WhatHappened = draft.WhatHappened;
        Impact = draft.Impact;
        RootCause = draft.RootCause;
        WentWell = draft.WentWell;
        ToChange = draft.ToChange;
        AuthorId = author.Id;
        AuthorName = author.Name.Length > CrisisMember.MaxNameLength ? author.Name[..CrisisMember.MaxNameLength] : author.Name;
        SavedAt = now;
        Revision++;
        Version++;
        var removed = _actions.Where(a => !a.IsDone).ToList();
        foreach (var action in removed)
        {
            _actions.Remove(action);
        }

        foreach (var (line, ownerId, ownerName) in actions)
        {
            LastActionNumber++;
            _actions.Add(new FollowUpAction(Id, LastActionNumber, line.Text, ownerId, ownerName, line.Due));
        }

        return removed;
    }
}
