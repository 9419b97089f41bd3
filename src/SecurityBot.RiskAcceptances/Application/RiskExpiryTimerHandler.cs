using SecurityBot.Platform.Timers;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>Fires "risk.expiry": the accepted risk's time ran out.</summary>
internal sealed class RiskExpiryTimerHandler(RiskAcceptanceLifecycle lifecycle) : ITimerHandler
{
    public string Kind => RiskAcceptanceNotifier.ExpiryKind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await lifecycle.ExpireAsync(timer.EntityId, RiskTimerPayloads.Read(timer), cancellationToken);
    }
}
