using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// Runs a unit of work (load, change, SaveChanges) that can lose a race to a concurrent writer, and runs it again
/// on fresh data when it does. Lost races are exactly: a version conflict (when <paramref name="VersionConflicts"/>),
/// a not yet delivered card the outbox dispatcher leased before the commit (always: any unit of work that updates
/// an entity's cards can meet it), or a unique violation of one of the <paramref name="RaceKeys"/> the caller
/// declares. Anything else — another key's violation included — is a fault and propagates untouched from the first
/// attempt.
/// </summary>
/// <param name="MaxAttempts">Attempts in all, the first included; after the last lost race the error propagates.</param>
/// <param name="VersionConflicts">Whether a <see cref="DbUpdateConcurrencyException"/> is a lost race.</param>
/// <param name="RaceKeys">The unique keys someone faster can take first.</param>
public sealed record CommitRetry(int MaxAttempts, bool VersionConflicts, params UniqueKey[] RaceKeys)
{
    /// <summary>True when <paramref name="error"/> is a race this unit of work declared it can lose.</summary>
    public bool IsLostRace(DbUpdateException error) =>
        error is DbUpdateConcurrencyException
            ? VersionConflicts || LostRace.IsOnlyOutboxLeases(error)
            : RaceKeys.Any(key => DbErrors.IsUniqueViolation(error, key));

    /// <summary>Runs <paramref name="unitOfWork"/> (given the attempt number, from 1) until it commits, retrying every lost race.</summary>
    public Task<T> RunAsync<T>(DbContext db, Func<int, Task<T>> unitOfWork) =>
        RunAsync(db, unitOfWork, static _ => Task.FromResult(RaceAnswer<T>.Retry));

    /// <summary>
    /// Runs <paramref name="unitOfWork"/> (given the attempt number, from 1). After a lost race the change tracker is
    /// cleared (the attempt's changes are gone, later reads come from the database) and <paramref name="onLost"/>
    /// decides: run again, answer instead, or give up with the original exception. It is asked after the last attempt
    /// too (<see cref="LostRace.CanRetry"/> is then false, and a retry gives up).
    /// </summary>
    public async Task<T> RunAsync<T>(DbContext db, Func<int, Task<T>> unitOfWork, Func<LostRace, Task<RaceAnswer<T>>> onLost)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(onLost);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await unitOfWork(attempt);
            }
            catch (DbUpdateException ex) when (IsLostRace(ex))
            {
                db.ChangeTracker.Clear();
                var answer = await onLost(new LostRace(ex, attempt, attempt < MaxAttempts));
                if (answer.Answered)
                {
                    return answer.Value!;
                }

                if (!answer.RunsAgain || attempt >= MaxAttempts)
                {
                    throw;
                }
            }
        }
    }
}
