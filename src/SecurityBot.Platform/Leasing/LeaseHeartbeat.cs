using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Leasing;

/// <summary>
/// The rows one instance has in hand, and their short leases kept alive while it works on them: renewed every third
/// of the lease, so a live instance never loses a row it is sending or firing (however long the rate limiter makes
/// it wait), while a killed one's rows are free again within one lease length. Released at graceful shutdown.
/// </summary>
internal sealed partial class LeaseHeartbeat<TRow>(
    RowLeaser<TRow> leaser,
    IServiceScopeFactory scopes,
    TimeProvider time,
    TimeSpan lease,
    ILogger logger)
    where TRow : class
{
    private readonly ConcurrentDictionary<Guid, string> _inHand = new();

    // Rows a renewal found taken over (a renewal that stalled past the lease, clock skew between instances): whatever
    // the instance-wide IsAlive says, this instance must not work on them.
    private readonly ConcurrentDictionary<Guid, byte> _lost = new();
    private long _lastRenewedTimestamp = time.GetTimestamp();

    public TimeSpan Lease => lease;

    /// <summary>
    /// False once renewals have failed for so long that the lease may have run out (the database unreachable or
    /// stalled): work must not start a send or a firing another instance may already have taken over.
    /// </summary>
    public bool IsAlive => time.GetElapsedTime(Interlocked.Read(ref _lastRenewedTimestamp)) < lease - (lease / 3);

    /// <summary>Whether work on <paramref name="id"/> may start: the heartbeat is alive and the last renewal still found the row ours.</summary>
    public bool Holds(Guid id) => IsAlive && _inHand.ContainsKey(id) && !_lost.ContainsKey(id);

    public void Hold(Guid id, string owner)
    {
        _lost.TryRemove(id, out _);
        if (_inHand.IsEmpty)
        {
            // Nothing was held, so nothing needed renewing: the new lease is as fresh as a renewal.
            Interlocked.Exchange(ref _lastRenewedTimestamp, time.GetTimestamp());
        }

        _inHand[id] = owner;
    }

    public void Drop(Guid id)
    {
        _inHand.TryRemove(id, out _);
        _lost.TryRemove(id, out _);
    }

    /// <summary>
    /// Renews the leases in hand every third of the lease until stopped. The beat is kept from each renewal's start,
    /// not from its end: a renewal slowed by a busy database (a large batch committing) must not also push the next
    /// one back, or two slow renewals in a row would stop every send while the leases still had seconds to run.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var interval = lease / 3;
        var beat = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = interval - time.GetElapsedTime(beat);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                beat = time.GetTimestamp();
                await RenewAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRenewFailed(logger, ex, typeof(TRow).Name);
            }
        }
    }

    /// <summary>
    /// Extends the leases of the rows in hand, then checks which of them another lease token has taken since. Only the
    /// rows in hand when the renewal started are judged, each against the token it was held under: a row leased while
    /// the renewal ran is not "lost" for missing from it, and a row this instance finished meanwhile (its lease
    /// cleared) is not taken by anyone.
    /// </summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var inHand = _inHand.ToArray();
        if (inHand.Length > 0)
        {
            var owners = inHand.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            await leaser.RenewAsync(db, owners, time.GetUtcNow() + lease, cancellationToken);
            var taken = await leaser.TakenAsync(db, [.. inHand.Select(p => p.Key)], owners, cancellationToken);
            foreach (var (id, owner) in inHand.Where(p => taken.Contains(p.Key)))
            {
                if (_inHand.TryGetValue(id, out var current) && current == owner && _lost.TryAdd(id, 0))
                {
                    LogLeaseLost(logger, typeof(TRow).Name, id);
                }
            }
        }

        Interlocked.Exchange(ref _lastRenewedTimestamp, started);
    }

    /// <summary>Gives back what is still in hand; not fatal when it fails (the leases expire).</summary>
    public async Task ReleaseAllAsync()
    {
        if (_inHand.IsEmpty)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            foreach (var group in _inHand.GroupBy(p => p.Value, p => p.Key))
            {
                await leaser.ReleaseAsync(db, group.ToList(), group.Key, timeout.Token);
            }
        }
        catch (Exception ex)
        {
            LogReleaseFailed(logger, ex, typeof(TRow).Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the leases of {Table} rows in hand failed; retrying at the next beat")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Table} row in hand ({Id}) is no longer leased to this instance; it will not be worked on here")]
    private static partial void LogLeaseLost(ILogger logger, string table, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release leased {Table} rows at shutdown; their leases expire")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string table);
}
