using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Platform.Persistence;

/// <summary>An attempt of a <see cref="CommitRetry"/> unit of work that a concurrent writer beat to the commit.</summary>
/// <param name="Error">What SaveChanges threw (a version conflict, or a declared key's unique violation).</param>
/// <param name="Attempt">The attempt that lost, from 1.</param>
/// <param name="CanRetry">Whether another attempt is allowed.</param>
public sealed record LostRace(DbUpdateException Error, int Attempt, bool CanRetry)
{
    /// <summary>The entity changed since it was loaded (rather than a unique key taken first).</summary>
    public bool IsVersionConflict => Error is DbUpdateConcurrencyException;
}
