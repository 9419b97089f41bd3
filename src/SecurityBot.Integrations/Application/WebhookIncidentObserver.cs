namespace SecurityBot.Integrations.Application;

/// <summary>Queues the incident's event for every interested endpoint, inside the change's unit of work.</summary>
internal sealed class WebhookIncidentObserver(WebhookQueue queue) : IIncidentObserver
{
    public const string SubjectType = "incident";

    public Task OnChangedAsync(IncidentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        queue.Enqueue(WebhookEventTypes.Of(change.Kind), SubjectType, change.Incident.Number, change.Incident.Version, change.At, IncidentEventData.Of(change));
        return Task.CompletedTask;
    }
}
