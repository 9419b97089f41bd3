namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Keeps every copy of an entity's card current: for one state change it enqueues an update of each recorded copy
/// (and refreshes not yet delivered messages about the entity), in the caller's unit of work.
/// </summary>
public interface ICardCopyUpdater
{
    /// <summary>Enqueues the update for every copy; <paramref name="renderActivityJson"/> renders the activity per copy. Returns how many were enqueued.</summary>
    Task<int> EnqueueUpdatesAsync(EntityRef entity, long version, Func<CardCopyView, string> renderActivityJson, CancellationToken cancellationToken);
}
