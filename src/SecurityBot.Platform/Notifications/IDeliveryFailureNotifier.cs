namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Tells the security team that a notification could not be delivered (attempts exhausted, dead-lettered; a person who blocked the bot once per episode).
/// Called inside the dispatcher's unit of work: an implementation that enqueues notices commits with the failure.
/// </summary>
public interface IDeliveryFailureNotifier
{
    Task NotifyAsync(DeliveryFailure failure, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the security team once per unreachable person and episode (not once per message): called for the first
    /// refusal of an episode, and idempotent by <see cref="UnreachableRecipient.EpisodeId"/> when two refusals race.
    /// </summary>
    Task NotifyUnreachableAsync(UnreachableRecipient recipient, CancellationToken cancellationToken);
}
