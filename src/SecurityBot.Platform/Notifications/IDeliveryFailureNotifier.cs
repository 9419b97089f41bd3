namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Tells the security team that a notification could not be delivered (user blocked the bot, attempts exhausted).
/// Called inside the dispatcher's unit of work: an implementation that enqueues notices commits with the failure.
/// </summary>
public interface IDeliveryFailureNotifier
{
    Task NotifyAsync(DeliveryFailure failure, CancellationToken cancellationToken);
}
