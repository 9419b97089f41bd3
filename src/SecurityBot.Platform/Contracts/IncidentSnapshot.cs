using SecurityBot.Platform.Routing;

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// One incident as another capability (crisis rooms, integrations) sees it at one version. The incidents capability
/// provides it through <see cref="IIncidentActions"/> and <see cref="IIncidentObserver"/>; it carries what a room, a
/// review or a webhook needs, and the caller decides who may see it.
/// </summary>
/// <param name="Number">The display number ("INC-000042").</param>
/// <param name="Title">The title (reporter's words: escape it wherever it is shown).</param>
/// <param name="Category">The category id ("phishing").</param>
/// <param name="Severity">The current severity.</param>
/// <param name="Stage">The current stage.</param>
/// <param name="Summary">What the first report said (reporter's words, defanged by the incidents capability).</param>
/// <param name="ReporterIds">Entra object ids of every person who reported it, first reporter first (a SIEM alert is nobody: empty when only alerts raised it).</param>
/// <param name="AcknowledgedById">Who acknowledged it, if anyone.</param>
/// <param name="AssigneeId">Who it is assigned to, if anyone.</param>
/// <param name="ReportedAt">The first report.</param>
/// <param name="ClosedAt">When it was resolved or dismissed.</param>
/// <param name="Resolution">The resolve or dismiss note, if any.</param>
/// <param name="Version">The incident's version (every change increments it).</param>
public sealed record IncidentSnapshot(
    string Number,
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
    long Version)
{
    /// <summary>Where the first report came from.</summary>
    public IncidentSource Source { get; init; }

    /// <summary>For a SIEM alert: the sending system ("sentinel") and its id of the alert, for the way back.</summary>
    public string? SourceSystem { get; init; }

    /// <inheritdoc cref="SourceSystem"/>
    public string? ExternalId { get; init; }

    /// <summary>Not resolved or dismissed.</summary>
    public bool IsOpen => Stage is IncidentStage.New or IncidentStage.Acknowledged or IncidentStage.Investigating;
}
