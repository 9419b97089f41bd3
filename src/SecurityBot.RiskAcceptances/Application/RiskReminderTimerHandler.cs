using SecurityBot.Platform.Timers;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>Fires "risk.reminder": the owner is told ahead of expiry, with Renew and Mark remediated.</summary>
internal sealed class RiskReminderTimerHandler(RiskAcceptanceLifecycle lifecycle) : ITimerHandler
{
    public string Kind => RiskAcceptanceNotifier.ReminderKind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await lifecycle.RemindAsync(timer.EntityId, RiskTimerPayloads.Read(timer), cancellationToken);
    }
}
