using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>The alert a SIEM raised: which system, its id of the alert, the severity it gave and a link back to its console.</summary>
internal sealed record ExternalAlertRef(string System, string ExternalId, IncidentSeverity Severity, Uri? Link)
{
    public const int MaxSystemLength = 50;
    public const int MaxExternalIdLength = 200;
}
