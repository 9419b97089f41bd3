namespace SecurityBot.Integrations.Application;

/// <summary>Queues the risk acceptance's event for every interested endpoint, inside the change's unit of work.</summary>
internal sealed class WebhookRiskObserver(WebhookQueue queue) : IRiskObserver
{
    public const string SubjectType = "risk";

    public Task OnChangedAsync(RiskChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        queue.Enqueue(WebhookEventTypes.Of(change.Kind), SubjectType, change.Risk.Reference, change.Risk.Version, change.At, RiskEventData.Of(change));
        return Task.CompletedTask;
    }
}
