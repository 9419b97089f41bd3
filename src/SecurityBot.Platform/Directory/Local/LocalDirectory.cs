using System.Text.Json;

namespace SecurityBot.Platform.Directory.Local;

/// <summary>
/// The directory read from a JSON file: the embedded default that lets SecurityBot run with no tenant. The file is
/// checked whole when loaded (unique ids, managers and members that exist) so a typo fails at start, not mid-incident.
/// </summary>
public sealed class LocalDirectory : IDirectory
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, DirectoryUser> _usersById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DirectoryUser> _usersByUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _timeZoneByUserId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _managerIdByUserId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GroupMembers> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DirectoryUser> _audience = [];

    public LocalDirectory(LocalDirectoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        IndexUsers(document, errors);
        var groupEntries = IndexGroupEntries(document, errors);
        foreach (var group in groupEntries.Values)
        {
            _groups[group.Id] = ExpandMembers(group, groupEntries, errors);
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException("The local directory is invalid: " + string.Join(" ", errors.Distinct()));
        }
    }

    /// <summary>Loads and checks the file.</summary>
    public static LocalDirectory Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The local directory file (Directory:LocalFile) was not found at {path}.", path);
        }

        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<LocalDirectoryDocument>(stream, JsonOptions)
            ?? throw new InvalidDataException($"The local directory file {path} is empty.");
        return new LocalDirectory(document);
    }

    public int UserCount => _usersById.Count;

    public Task<string?> GetTimeZoneAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_timeZoneByUserId.GetValueOrDefault(userId));

    public Task<DirectoryUser?> GetUserAsync(string idOrUpn, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindUser(idOrUpn));

    public Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindManager(userId));

    public Task<IReadOnlyList<DirectoryUser>> GetManagerChainAsync(string userId, int maxLevels, CancellationToken cancellationToken = default)
    {
        var chain = new List<DirectoryUser>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { userId };
        for (var manager = FindManager(userId); manager is not null && chain.Count < maxLevels && seen.Add(manager.Id); manager = FindManager(manager.Id))
        {
            chain.Add(manager);
        }

        return Task.FromResult<IReadOnlyList<DirectoryUser>>(chain);
    }

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_groups.TryGetValue(groupId, out var group) ? group.Users : []);

    public Task<IReadOnlyList<DirectoryUser>> GetUsersAsync(string? department, CancellationToken cancellationToken = default)
    {
        if (department is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(department);
        }

        IReadOnlyList<DirectoryUser> users = department is null
            ? _audience
            : _audience.Where(u => string.Equals(u.Department, department, StringComparison.OrdinalIgnoreCase)).ToList();
        return Task.FromResult(users);
    }

    public Task<bool> IsMemberAsync(string userId, string groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_groups.TryGetValue(groupId, out var group) && group.Ids.Contains(userId));

    private DirectoryUser? FindUser(string idOrUpn) =>
        _usersById.TryGetValue(idOrUpn, out var user) || _usersByUpn.TryGetValue(idOrUpn, out user) ? user : null;

    private DirectoryUser? FindManager(string userId) =>
        _managerIdByUserId.TryGetValue(userId, out var managerId) ? _usersById.GetValueOrDefault(managerId) : null;

    private void IndexUsers(LocalDirectoryDocument document, List<string> errors)
    {
        foreach (var entry in document.Users)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Upn) || string.IsNullOrWhiteSpace(entry.DisplayName))
            {
                errors.Add($"User '{entry.DisplayName}' ({entry.Id}) needs an id, upn and displayName.");
                continue;
            }

            if (entry.UserType is not ("Member" or "Guest"))
            {
                // A typo would silently drop someone from every attestation audience.
                errors.Add($"User {entry.Id} has userType '{entry.UserType}'; it must be Member or Guest.");
            }

            var user = new DirectoryUser(entry.Id, entry.Upn, entry.DisplayName, entry.JobTitle, entry.Department, entry.Mail);
            if (!_usersById.TryAdd(entry.Id, user) || !_usersByUpn.TryAdd(entry.Upn, user))
            {
                errors.Add($"User id {entry.Id} or upn {entry.Upn} appears twice.");
            }
            else if (entry.AccountEnabled && entry.UserType == "Member")
            {
                _audience.Add(user);
            }

            if (!string.IsNullOrWhiteSpace(entry.ManagerId))
            {
                _managerIdByUserId[entry.Id] = entry.ManagerId;
            }

            if (!string.IsNullOrWhiteSpace(entry.TimeZone))
            {
                _timeZoneByUserId[entry.Id] = entry.TimeZone;
            }
        }

        foreach (var (userId, managerId) in _managerIdByUserId)
        {
            if (!_usersById.ContainsKey(managerId))
            {
                errors.Add($"User {userId} has manager {managerId}, who is not in the file.");
            }
        }
    }

    private Dictionary<string, LocalDirectoryGroupEntry> IndexGroupEntries(LocalDirectoryDocument document, List<string> errors)
    {
        var entries = new Dictionary<string, LocalDirectoryGroupEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in document.Groups)
        {
            if (string.IsNullOrWhiteSpace(group.Id) || !entries.TryAdd(group.Id, group) || _usersById.ContainsKey(group.Id))
            {
                errors.Add($"Group '{group.DisplayName}' needs an id used by no other user or group ({group.Id}).");
            }
        }

        return entries;
    }

    /// <summary>Flattens nested groups once at load; a group nested in itself is tolerated (visited once).</summary>
    private GroupMembers ExpandMembers(LocalDirectoryGroupEntry root, Dictionary<string, LocalDirectoryGroupEntry> groups, List<string> errors)
    {
        var users = new List<DirectoryUser>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var visitedGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<LocalDirectoryGroupEntry>([root]);
        while (pending.TryPop(out var group))
        {
            if (!visitedGroups.Add(group.Id))
            {
                continue;
            }

            foreach (var memberId in group.Members)
            {
                if (_usersById.TryGetValue(memberId, out var user))
                {
                    if (ids.Add(user.Id))
                    {
                        users.Add(user);
                    }
                }
                else if (groups.TryGetValue(memberId, out var nested))
                {
                    pending.Push(nested);
                }
                else
                {
                    errors.Add($"Group {group.Id} has member {memberId}, which is neither a user nor a group in the file.");
                }
            }
        }

        return new GroupMembers(users, ids);
    }

    private sealed record GroupMembers(IReadOnlyList<DirectoryUser> Users, HashSet<string> Ids);
}
