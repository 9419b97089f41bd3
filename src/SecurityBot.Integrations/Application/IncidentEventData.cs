namespace SecurityBot.Integrations.Application;

/// <summary>
/// "data" of an incident event: the incident after the change. Titles, summaries and notes are people's (or the
/// SIEM's) words, already defanged by the incidents capability: receivers treat them as text, never as markup.
/// </summary>
internal sealed record IncidentEventData(
    string Number,
    string Change,
    string? ActorId,
    string Title,
    string Category,
    IncidentSeverity Severity,
    IncidentStage Stage,
    string Summary,
    IReadOnlyList<string> ReporterIds,
    string? AcknowledgedById,
    string? AssigneeId,
    DateTimeOffset ReportedAt,
    DateTimeOffset? ClosedAt,
    string? Resolution,
    IncidentSource Source,
    string? SourceSystem,
    string? ExternalId,
    long Version)
{
    public static IncidentEventData Of(IncidentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var i = change.Incident;
        return new IncidentEventData(i.Number, WebhookJson.Name(change.Kind), change.ActorId, i.Title, i.Category, i.Severity, i.Stage, i.Summary,
            i.ReporterIds, i.AcknowledgedById, i.AssigneeId, i.ReportedAt, i.ClosedAt, i.Resolution, i.Source, i.SourceSystem, i.ExternalId, i.Version);
    }
}
