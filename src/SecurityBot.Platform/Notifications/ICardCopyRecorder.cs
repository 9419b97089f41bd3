namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Records a card a feature sent itself during a turn (a reply, or the card returned to an Action.Execute), so
/// later state changes update it too. Stored with the caller's unit of work.
/// </summary>
public interface ICardCopyRecorder
{
    /// <summary>Records (or refreshes) the copy identified by its conversation + activity id.</summary>
    Task RecordAsync(EntityRef entity, long version, CardLocation card, CancellationToken cancellationToken);
}
