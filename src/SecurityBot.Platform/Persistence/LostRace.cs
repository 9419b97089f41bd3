using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.Platform.Persistence;

/// <summary>An attempt of a <see cref="CommitRetry"/> unit of work that a concurrent writer beat to the commit.</summary>
/// <param name="Error">What SaveChanges threw (a version conflict, or a declared key's unique violation).</param>
/// <param name="Attempt">The attempt that lost, from 1.</param>
/// <param name="CanRetry">Whether another attempt is allowed.</param>
public sealed record LostRace(DbUpdateException Error, int Attempt, bool CanRetry)
{
    /// <summary>
    /// One of the caller's own entities changed since it was loaded (rather than a unique key taken first, or a
    /// not yet delivered card the outbox dispatcher leased meanwhile — see <see cref="IsDispatcherLease"/>).
    /// </summary>
    public bool IsVersionConflict => Error is DbUpdateConcurrencyException && !IsDispatcherLease;

    /// <summary>
    /// Only outbox rows refused the write: the unit of work re-rendered cards not yet delivered and the dispatcher
    /// leased them before the commit. Nobody else changed the caller's entities, so this is never "someone was
    /// faster"; the attempt runs again and leaves the leased rows alone.
    /// </summary>
    public bool IsDispatcherLease => IsOnlyOutboxLeases(Error);

    internal static bool IsOnlyOutboxLeases(DbUpdateException error) =>
        error is DbUpdateConcurrencyException { Entries.Count: > 0 } conflict && conflict.Entries.All(e => e.Entity is OutboxMessage);
}
