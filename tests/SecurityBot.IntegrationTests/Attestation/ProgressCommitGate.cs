using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.IntegrationTests.Attestation;

/// <summary>
/// Holds the commit of the next progress update (a unit of work that edits the owner's card: a campaign change with a
/// card-copy update) until released, so a test can land an acceptance while the progress timer is mid-fire. Off unless armed.
/// </summary>
internal sealed class ProgressCommitGate : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly HashSet<DbContext> _held = [];
    private readonly Lock _gate = new();

    public bool Armed { get; set; }

    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Armed && eventData.Context is { } context
            && context.ChangeTracker.Entries<AttestationCampaign>().Any(e => e.State == EntityState.Modified)
            && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added && e.Entity.Kind == NotificationKind.UpdateCardCopy))
        {
            lock (_gate)
            {
                Armed = false;
                _held.Add(context);
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        bool held;
        lock (_gate)
        {
            held = eventData.Context is { } context && _held.Remove(context);
        }

        if (held)
        {
            Reached.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }

        return result;
    }
}
