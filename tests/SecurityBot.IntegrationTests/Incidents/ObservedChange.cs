using System.Text.Json;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>What <see cref="TimerWritingIncidentObserver"/> was told, as stored in its timer's payload.</summary>
internal sealed record ObservedChange(
    IncidentChangeKind Kind,
    string? ActorId,
    DateTimeOffset At,
    string Number,
    long Version,
    IncidentStage Stage,
    IncidentSeverity Severity,
    string Summary,
    IReadOnlyList<string> ReporterIds,
    string? AcknowledgedById,
    string? AssigneeId,
    string? Resolution)
{
    /// <summary>
    /// The observer's committed rows, in the order the changes were made: by incident and version, then kind (a
    /// related report that raises the severity is told as RelatedReport, then SeverityChanged, at one version).
    /// </summary>
    public static async Task<List<ObservedChange>> CommittedAsync(IncidentTestHost host) =>
        (await host.TimersAsync())
            .Where(t => t.EntityType == TimerWritingIncidentObserver.EntityType && t.Kind == TimerWritingIncidentObserver.TimerKind)
            .Select(t => JsonSerializer.Deserialize<ObservedChange>(t.PayloadJson!, JsonSerializerOptions.Web)!)
            .OrderBy(c => c.Number, StringComparer.Ordinal).ThenBy(c => c.Version).ThenBy(c => c.Kind)
            .ToList();

    public static bool IsObserverTimer(ScheduledTimer timer) => timer.EntityType == TimerWritingIncidentObserver.EntityType;
}
