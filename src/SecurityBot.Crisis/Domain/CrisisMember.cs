namespace SecurityBot.Crisis.Domain;

/// <summary>
/// One person of a room: who, why (<see cref="Role"/>, and the roster entry's name), and whether Graph has added them
/// yet (<see cref="AddedAt"/>: the room's creators are added with the chat; later ones one by one).
/// </summary>
internal sealed class CrisisMember
{
    public const int MaxNameLength = 200;

    internal CrisisMember(Guid roomId, string userId, string displayName, CrisisMemberRole role, string? rosterName, DateTimeOffset? addedAt)
    {
        Id = Guid.NewGuid();
        RoomId = roomId;
        UserId = userId;
        DisplayName = displayName.Length > MaxNameLength ? displayName[..MaxNameLength] : displayName;
        Role = role;
        RosterName = rosterName;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public Guid RoomId { get; private set; }

    /// <summary>Entra object id.</summary>
    public string UserId { get; private set; }

    public string DisplayName { get; private set; }

    public CrisisMemberRole Role { get; private set; }

    /// <summary>The roster entry (Crisis:Roster key, e.g. "Legal") for roster members.</summary>
    public string? RosterName { get; private set; }

    /// <summary>When Graph confirmed them in the chat; null while they are still to be added.</summary>
    public DateTimeOffset? AddedAt { get; private set; }

    internal void MarkAdded(DateTimeOffset at) => AddedAt ??= at;
}
