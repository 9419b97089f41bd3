using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Serialises "find a related open incident, else open one": two first reports of one phishing mail arriving at the
/// same moment must end as one incident with two reports, not two incidents. Within a process a <see cref="KeyedLock"/>
/// does it (SQLite deployments are one process); across instances on PostgreSQL a transaction-scoped advisory lock
/// does, released by the commit or rollback of the report's unit of work. Reports are rare, so waiting is cheap.
/// </summary>
internal sealed class IncidentCorrelationLock(KeyedLock locks)
{
    private const string ProcessKey = "incident-correlation";

    // A fixed 64-bit key, unique among SecurityBot's advisory locks ("SECB" + 1).
    private const long AdvisoryKey = 0x5345_4342_0000_0001;

    public Task<IDisposable> EnterProcessAsync(CancellationToken cancellationToken) => locks.AcquireAsync(ProcessKey, cancellationToken);

    /// <summary>On PostgreSQL, a transaction holding the advisory lock (commit it after SaveChanges); elsewhere null.</summary>
    public async Task<IDbContextTransaction?> BeginAcrossInstancesAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryKey})", cancellationToken);
        return transaction;
    }
}
