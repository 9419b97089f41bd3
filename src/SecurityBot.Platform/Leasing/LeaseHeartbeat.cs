using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Leasing;

/// <summary>
/// The rows one instance has in hand, and their short leases kept alive while it works on them: renewed every third
/// of the lease, so a live instance never loses a row it is sending or firing (however long the rate limiter makes
/// it wait), while a killed one's rows are free again within one lease length. Released at graceful shutdown.
/// Each row's lease is tracked on its own, from the moment it was written (leased or last renewed): work on a row may
/// start only while at least a third of its lease is left, so a renewal stalled behind a busy database stops the sends
/// whose leases are running out, not those just leased.
/// </summary>
public sealed partial class LeaseHeartbeat<TRow>(
    RowLeaser<TRow> leaser,
    IServiceScopeFactory scopes,
    TimeProvider time,
    TimeSpan lease,
    ILogger logger)
    where TRow : class
{
    private readonly ConcurrentDictionary<Guid, Held> _inHand = new();

    // Rows a renewal found taken over (a renewal that stalled past the lease, clock skew between instances): whatever
    // their own lease says, this instance must not work on them.
    private readonly ConcurrentDictionary<Guid, byte> _lost = new();

    public TimeSpan Lease => lease;

    /// <summary>The rows in hand: the leaser must not lease them again while this instance works on them.</summary>
    public IReadOnlyCollection<Guid> InHand => [.. _inHand.Keys];

    /// <summary>
    /// Whether work on <paramref name="id"/> may start: it is in hand, the last renewal did not find it taken, and at
    /// least a third of its lease is left (the time a send and its commit get before another instance could take it).
    /// </summary>
    public bool Holds(Guid id) =>
        _inHand.TryGetValue(id, out var held) && !_lost.ContainsKey(id) && time.GetElapsedTime(held.ValidFrom) < lease - (lease / 3);

    /// <summary>Takes <paramref name="id"/> in hand under <paramref name="owner"/>, leased by a statement that started at <paramref name="leasedAt"/> (a <see cref="TimeProvider.GetTimestamp"/>).</summary>
    public void Hold(Guid id, string owner, long leasedAt)
    {
        _lost.TryRemove(id, out _);
        _inHand[id] = new Held(owner, leasedAt);
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
        if (inHand.Length == 0)
        {
            return;
        }

        var owners = inHand.Select(p => p.Value.Owner).Distinct(StringComparer.Ordinal).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        await leaser.RenewAsync(db, owners, time.GetUtcNow() + lease, cancellationToken);
        var taken = await leaser.TakenAsync(db, [.. inHand.Select(p => p.Key)], owners, cancellationToken);
        foreach (var (id, held) in inHand)
        {
            if (!_inHand.TryGetValue(id, out var current) || current.Owner != held.Owner)
            {
                continue; // dropped, or leased again under another token, while this renewal ran
            }

            if (taken.Contains(id))
            {
                if (_lost.TryAdd(id, 0))
                {
                    LogLeaseLost(logger, typeof(TRow).Name, id);
                }
            }
            else if (current.ValidFrom < started)
            {
                _inHand.TryUpdate(id, current with { ValidFrom = started }, current);
            }
        }
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
            foreach (var group in _inHand.GroupBy(p => p.Value.Owner, p => p.Key))
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

    /// <summary>A row in hand: its lease token, and when its lease was last written (it runs the lease length from there).</summary>
    private sealed record Held(string Owner, long ValidFrom);
}
