using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Directory.Caching;

/// <summary>
/// Remembers directory answers for a while (Directory:Cache:*): users, managers (including "no manager"), group
/// member lists and audiences (everyone, or a department), with one in-flight lookup per key. Failures are never
/// cached. It owns its own size-limited <see cref="MemoryCache"/> so its size accounting cannot interfere with other
/// users of IMemoryCache.
/// </summary>
public sealed class CachingDirectory : IDirectory, IDisposable
{
    private readonly IDirectory _inner;
    private readonly DirectoryCacheOptions _options;
    private readonly MemoryCache _cache;
    private readonly SingleFlight _inFlight = new();

    public CachingDirectory(IDirectory inner, IOptions<DirectoryCacheOptions> options)
    {
        _inner = inner;
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.SizeLimit, CompactionPercentage = 0.2 });
    }

    /// <summary>Number of answers currently held.</summary>
    public int Count => _cache.Count;

    public Task<DirectoryUser?> GetUserAsync(string idOrUpn, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrUpn);
        return GetOrLoadAsync(
            "u:" + idOrUpn.ToUpperInvariant(),
            () => _inner.GetUserAsync(idOrUpn, CancellationToken.None),
            user => (user is null ? _options.NotFoundTtl : _options.UserTtl, 1),
            cancellationToken);
    }

    public Task<string?> GetTimeZoneAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        // People rarely move; "unknown" is cached as long as a user, so a tenant without the permission is asked rarely.
        return GetOrLoadAsync(
            "z:" + userId.ToUpperInvariant(),
            () => _inner.GetTimeZoneAsync(userId, CancellationToken.None),
            _ => (_options.UserTtl, 1),
            cancellationToken);
    }

    public Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        // "No manager" is cached like any answer: the CEO and contractors are asked about on every incident.
        return GetOrLoadAsync(
            "m:" + userId.ToUpperInvariant(),
            () => _inner.GetManagerAsync(userId, CancellationToken.None),
            _ => (_options.ManagerTtl, 1),
            cancellationToken);
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetManagerChainAsync(string userId, int maxLevels, CancellationToken cancellationToken = default)
    {
        // Built from cached single steps: chains of colleagues share most of their links.
        var chain = new List<DirectoryUser>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { userId };
        var current = userId;
        while (chain.Count < maxLevels)
        {
            var manager = await GetManagerAsync(current, cancellationToken).ConfigureAwait(false);
            if (manager is null || !seen.Add(manager.Id))
            {
                break;
            }

            chain.Add(manager);
            current = manager.Id;
        }

        return chain;
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) =>
        (await GetGroupAsync(groupId, cancellationToken).ConfigureAwait(false)).Users;

    public Task<IReadOnlyList<DirectoryUser>> GetUsersAsync(string? department, CancellationToken cancellationToken = default)
    {
        if (department is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(department);
        }

        // Departments compare case-insensitively, so "Finance" and "finance" share an entry; null (everyone) gets its own
        // key that no department name can produce. Kept as long as a group: an audience is a membership list too.
        return GetOrLoadAsync(
            department is null ? "a*" : "a:" + department.ToLowerInvariant(),
            () => _inner.GetUsersAsync(department, CancellationToken.None),
            users => (_options.GroupTtl, 1 + users.Count),
            cancellationToken);
    }

    public async Task<bool> IsMemberAsync(string userId, string groupId, CancellationToken cancellationToken = default) =>
        (await GetGroupAsync(groupId, cancellationToken).ConfigureAwait(false)).Ids.Contains(userId);

    public void Dispose() => _cache.Dispose();

    private Task<CachedGroup> GetGroupAsync(string groupId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return GetOrLoadAsync(
            "g:" + groupId.ToUpperInvariant(),
            async () => new CachedGroup(await _inner.GetGroupMembersAsync(groupId, CancellationToken.None).ConfigureAwait(false)),
            group => (_options.GroupTtl, 1 + group.Users.Count),
            cancellationToken);
    }

    /// <summary>
    /// The shared lookup runs without the caller's token so one impatient caller cannot fail the others; each caller
    /// still stops waiting when its own token fires.
    /// </summary>
    private async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load, Func<T, (TimeSpan Ttl, long Size)> entry, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(key, out Answer<T>? cached) && cached is not null)
        {
            return cached.Value;
        }

        var result = await _inFlight.RunAsync(key, async () =>
        {
            var value = await load().ConfigureAwait(false);
            var (ttl, size) = entry(value);
            _cache.Set(key, new Answer<T>(value), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl, Size = size });
            return new Answer<T>(value);
        }).WaitAsync(cancellationToken).ConfigureAwait(false);
        return ((Answer<T>)result!).Value;
    }

    /// <summary>Wraps every answer so a cached null ("no manager", "no such user") is told apart from a miss.</summary>
    private sealed record Answer<T>(T Value);

    private sealed class CachedGroup(IReadOnlyList<DirectoryUser> users)
    {
        public IReadOnlyList<DirectoryUser> Users { get; } = users;

        public HashSet<string> Ids { get; } = new(users.Select(u => u.Id), StringComparer.OrdinalIgnoreCase);
    }
}
