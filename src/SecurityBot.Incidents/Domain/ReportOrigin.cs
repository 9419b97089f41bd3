using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Domain;

/// <summary>Where one report came from: a person's own words, a Teams message they reported, or a SIEM alert.</summary>
internal sealed record ReportOrigin(IncidentSource Source, QuotedMessage? Message, ExternalAlertRef? Alert)
{
    /// <summary>A person filled in the form or wrote in chat.</summary>
    public static ReportOrigin Person { get; } = new(IncidentSource.Report, null, null);

    public static ReportOrigin FromMessage(QuotedMessage message) => new(IncidentSource.TeamsMessage, message ?? throw new ArgumentNullException(nameof(message)), null);

    public static ReportOrigin FromAlert(ExternalAlertRef alert) => new(IncidentSource.Siem, null, alert ?? throw new ArgumentNullException(nameof(alert)));

    /// <summary>A person made the report (someone to confirm to, whose manager may be told); false for a SIEM alert.</summary>
    public bool ByPerson => Source != IncidentSource.Siem;
}
