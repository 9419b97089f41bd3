using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

internal sealed partial class Incident
{
    /// <summary>Where the first report came from.</summary>
    public IncidentSource Source { get; private set; }

    /// <summary>The highest severity a SIEM alert about this incident gave (the rules never go below it); null: no alert.</summary>
    public IncidentSeverity? AlertSeverity { get; private set; }

    /// <summary>A person opened it (someone to confirm to, whose manager the rules may tell); false for a SIEM alert.</summary>
    public bool OpenedByPerson => Source != IncidentSource.Siem;

    /// <summary>The people who reported it, first reporter first (SIEM alerts have nobody to tell).</summary>
    public IReadOnlyList<string> PersonReporterIds =>
        Reports.Where(r => r.ByPerson).Select(r => r.ReporterId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string How(ReportOrigin origin) => origin.Source switch
    {
        IncidentSource.TeamsMessage => "reported from a Teams message",
        IncidentSource.Siem => $"raised by a {origin.Alert?.System} alert",
        _ => "reported",
    };

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
