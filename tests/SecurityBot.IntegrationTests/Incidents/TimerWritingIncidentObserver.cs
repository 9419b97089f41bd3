using System.Text.Json;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>
/// An incident observer as a capability writes one (a crisis room's follow-up): for every change it schedules a
/// platform timer through <see cref="ITimerScheduler"/> in the change's unit of work, and does nothing else. The
/// timer's payload is what it was told, so a test reads the observer's view back from the committed rows.
/// </summary>
internal sealed class TimerWritingIncidentObserver(ITimerScheduler timers) : IIncidentObserver
{
    public const string EntityType = "ObservedIncident";
    public const string TimerKind = "test.incident-observed";

    public Task OnChangedAsync(IncidentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var incident = change.Incident;
        // One timer per change: the entity id names the version and kind, so none replaces another. Due far away, so
        // no test's clock reaches it.
        var payload = new ObservedChange(change.Kind, change.ActorId, change.At, incident.Number, incident.Version, incident.Stage, incident.Severity,
            incident.Summary, incident.ReporterIds, incident.AcknowledgedById, incident.AssigneeId, incident.Resolution);
        return timers.ScheduleAsync(EntityType, $"{incident.Number}:v{incident.Version}:{change.Kind}", TimerKind, change.At.AddYears(1),
            JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), cancellationToken);
    }
}
