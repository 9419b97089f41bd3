using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityBot.Attestation.Domain;

namespace SecurityBot.IntegrationTests.Attestation;

/// <summary>
/// A fault at the commit of one fan-out batch: the unit of work that adds the <see cref="FailBatch"/>-th batch of
/// audience members has run all its SQL when its transaction's commit throws, as a lost connection or a killed
/// database would make it. The scheduler rolls it back and retries the timer. Off unless armed.
/// </summary>
internal sealed class FanOutCommitFault : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly HashSet<DbContext> _doomed = [];
    private readonly Lock _gate = new();
    private int _batches;

    /// <summary>The batch (from 1) whose commit fails, once; 0 for none.</summary>
    public int FailBatch { get; set; }

    public int Injected { get; private set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.ChangeTracker.Entries<AudienceMember>().Any(e => e.State == EntityState.Added))
        {
            lock (_gate)
            {
                if (++_batches == FailBatch)
                {
                    _doomed.Add(context);
                }
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        lock (_gate)
        {
            if (eventData.Context is { } context && _doomed.Remove(context))
            {
                Injected++;
                throw new InvalidOperationException("Injected fault: the fan-out batch's commit failed.");
            }
        }

        return ValueTask.FromResult(result);
    }
}
