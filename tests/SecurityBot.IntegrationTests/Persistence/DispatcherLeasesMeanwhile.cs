using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// The real card-copy ledger, then — once, between the unit of work's read of the not yet delivered cards and its
/// commit — the outbox dispatcher's own lease statement from another scope: the dispatcher picks up those cards in
/// the middle of a state change, as it does under load. Only the timing is arranged; both writers are real.
/// </summary>
internal sealed class DispatcherLeasesMeanwhile(CardCopyLedger inner, IServiceScopeFactory scopes, TimeProvider time, DispatcherLeaseRecord record) : ICardCopyUpdater
{
    public async Task<int> EnqueueUpdatesAsync(EntityRef entity, long version, Func<CardCopyView, string> renderActivityJson, CancellationToken cancellationToken)
    {
        var enqueued = await inner.EnqueueUpdatesAsync(entity, version, renderActivityJson, cancellationToken);
        if (record.Armed)
        {
            record.Armed = false;
            await using var scope = scopes.CreateAsyncScope();
            var now = time.GetUtcNow();
            var leased = await OutboxDispatcher.Leaser.LeaseAsync(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>(), DispatcherLeaseRecord.Owner,
                100, now, now.AddMinutes(5), cancellationToken);
            record.Rows = leased.Count;
        }

        return enqueued;
    }
}
