using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// A timer handler with a slow outside call (as the crisis room's Graph calls are): made in PrepareAsync, its answer
/// recorded in HandleAsync's unit of work as a notification whose text is the answer.
/// </summary>
public sealed class SlowCallTestHandler(INotificationOutbox outbox, SlowCallGate gate) : ITimerHandler
{
    public const string KindName = "test.slow-call";

    private string? _answer;

    public string Kind => KindName;

    public async Task PrepareAsync(DueTimer timer, CancellationToken cancellationToken) => _answer = await gate.CallAsync();

    public Task HandleAsync(DueTimer timer, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.User("security-lead"), $$"""{"type":"message","text":"{{_answer}}"}""", $"slow:{timer.Id}"),
            cancellationToken);
}
