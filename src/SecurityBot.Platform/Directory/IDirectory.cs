namespace SecurityBot.Platform.Directory;

/// <summary>
/// Read-only view of the organisation: people, reporting lines and group membership. The source of truth for who
/// holds a role — never card data.
/// </summary>
public interface IDirectory
{
    /// <summary>The user with this object id or user principal name, or null when there is no such user.</summary>
    Task<DirectoryUser?> GetUserAsync(string idOrUpn, CancellationToken cancellationToken = default);

    /// <summary>The user's manager, or null when the user has no manager (or does not exist).</summary>
    Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user's manager, the manager's manager and so on, nearest first, at most <paramref name="maxLevels"/> long;
    /// stops early at the top of the organisation or on a reporting cycle.
    /// </summary>
    Task<IReadOnlyList<DirectoryUser>> GetManagerChainAsync(string userId, int maxLevels, CancellationToken cancellationToken = default);

    /// <summary>Every user in the group, including members of nested groups; empty when the group does not exist.</summary>
    Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every enabled member account of the organisation (guests excluded), or only those whose department is exactly
    /// <paramref name="department"/> (case-insensitive); the audience of an attestation campaign. Pages through the
    /// whole directory. A blank department is refused (ArgumentException) rather than read as everyone, so a missing
    /// value never widens an audience to the whole organisation.
    /// </summary>
    Task<IReadOnlyList<DirectoryUser>> GetUsersAsync(string? department, CancellationToken cancellationToken = default);

    /// <summary>Whether the user is a member of the group, directly or through nested groups.</summary>
    Task<bool> IsMemberAsync(string userId, string groupId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The time zone the user set for their mailbox (Graph mailboxSettings; the local directory's timeZone field), as
    /// the directory gives it (IANA or Windows id), or null when unknown or not permitted. Used only when Teams has not
    /// told us the person's zone; a directory that cannot say answers null.
    /// </summary>
    Task<string?> GetTimeZoneAsync(string userId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
