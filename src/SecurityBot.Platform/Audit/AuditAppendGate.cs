using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// Lets one unit of work at a time in this process hold "the next audit sequence number": from its first append until
/// its entries are committed (SaveChanges, or the commit of its explicit transaction) or given up (a failed save, a
/// rollback, the end of its scope). Every audit entry is chained to the one before it, so two units of work appending
/// at the same moment read the same last entry and one of them loses on the sequence's primary key; at 200
/// acceptances a second each loser retried up to 16 times and a few still failed. Waiting here instead costs each one
/// the length of a commit.
///
/// Across instances (PostgreSQL) the primary key and the callers' <see cref="Persistence.CommitRetry"/> stay the
/// guard. The wait is bounded: a unit of work that does not get the gate in time appends without it and falls back on
/// that guard, so a scope that appends while an outer scope of the same flow holds the gate is slowed, never stuck.
/// A separate semaphore rather than <see cref="Persistence.KeyedLock"/>: callers append while holding a keyed lock,
/// and a keyed lock must never be taken twice.
/// </summary>
internal sealed class AuditAppendGate : IDisposable
{
    private static readonly object Held = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, object> _holders = [];

    /// <summary>How long an append waits before going ahead without the gate.</summary>
    public static TimeSpan MaxWait { get; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Takes the gate for <paramref name="context"/> unless it holds it already; false when it could not. A unit of
    /// work already inside a transaction only tries: on SQLite its transaction holds the write lock, which the gate's
    /// holder needs for its own commit, so waiting would stall both until the wait ran out.
    /// </summary>
    public async Task<bool> EnterAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (_holders.TryGetValue(context, out _))
        {
            return true;
        }

        var wait = context.Database.CurrentTransaction is null ? MaxWait : TimeSpan.Zero;
        if (!await _gate.WaitAsync(wait, cancellationToken))
        {
            return false;
        }

        _holders.AddOrUpdate(context, Held);
        return true;
    }

    /// <summary>Gives the gate up if <paramref name="context"/> holds it; otherwise does nothing.</summary>
    public void Leave(DbContext context)
    {
        if (_holders.Remove(context))
        {
            _gate.Release();
        }
    }

    /// <summary>Whether <paramref name="context"/> holds the gate.</summary>
    public bool Holds(DbContext context) => _holders.TryGetValue(context, out _);

    public void Dispose() => _gate.Dispose();
}
