using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Tells every registered <see cref="IIncidentObserver"/> (there may be none) of one change. Every unit of work that
/// changes an incident calls it after the change and before its SaveChanges, so what the observers add to the scoped
/// unit of work commits with the change or not at all; an observer's failure fails the unit of work.
/// </summary>
internal sealed class IncidentObservers(IEnumerable<IIncidentObserver> observers)
{
    private readonly IReadOnlyList<IIncidentObserver> _observers = [.. observers];

    /// <summary><paramref name="actor"/> is who did it; <see cref="IncidentActor.System"/> is told as null (the bot).</summary>
    public async Task NotifyAsync(Incident incident, IncidentChangeKind kind, IncidentActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actor);
        if (_observers.Count == 0)
        {
            return;
        }

        // The change's own time: the incident's clock stamp of this version.
        var change = new IncidentChange(kind, IncidentSnapshots.Of(incident), actor == IncidentActor.System ? null : actor.Id, incident.UpdatedAt);
        foreach (var observer in _observers)
        {
            await observer.OnChangedAsync(change, cancellationToken);
        }
    }
}
