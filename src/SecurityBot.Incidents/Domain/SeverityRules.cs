using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// How severe an incident is — documented in docs/incidents.md, and the only place it is decided:
/// <list type="number">
/// <item>Start at the category's base severity (<see cref="IncidentCategories.BaseSeverity"/>).</item>
/// <item>One step up when a reporter clicked the link, opened the attachment or entered credentials.</item>
/// <item>One step up when a reporter is privileged or an executive (their accounts open more doors).</item>
/// <item>One step up at <see cref="RelatedReportsForOneStep"/> related reports, two at <see cref="RelatedReportsForTwoSteps"/>
/// (a campaign rather than one mail).</item>
/// <item>Never below the highest severity a SIEM alert about it gave.</item>
/// <item>Never above Critical.</item>
/// </list>
/// </summary>
internal static class SeverityRules
{
    /// <summary>Related reports (reports beyond the first) that raise severity one step.</summary>
    public const int RelatedReportsForOneStep = 2;

    /// <summary>Related reports that raise severity two steps.</summary>
    public const int RelatedReportsForTwoSteps = 10;

    public static SeverityAssessment Assess(IncidentCategory category, bool clicked, bool privilegedReporter, int relatedReports, IncidentSeverity? alertSeverity = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(relatedReports);
        var severity = category.BaseSeverity();
        var reasons = new List<string> { $"{category.Title()}: starts at {severity}" };
        if (clicked)
        {
            severity = Raise(severity, 1);
            reasons.Add("the reporter clicked, opened or entered something: +1");
        }

        if (privilegedReporter)
        {
            severity = Raise(severity, 1);
            reasons.Add("reported by a privileged user or executive: +1");
        }

        if (relatedReports >= RelatedReportsForTwoSteps)
        {
            severity = Raise(severity, 2);
            reasons.Add($"{relatedReports + 1} people reported it: +2");
        }
        else if (relatedReports >= RelatedReportsForOneStep)
        {
            severity = Raise(severity, 1);
            reasons.Add($"{relatedReports + 1} people reported it: +1");
        }

        if (alertSeverity is { } alerted && alerted > severity)
        {
            severity = alerted;
            reasons.Add($"a SIEM alert rated it {alerted}");
        }

        return new SeverityAssessment(severity, reasons);
    }

    private static IncidentSeverity Raise(IncidentSeverity severity, int steps) =>
        (IncidentSeverity)Math.Min((int)IncidentSeverity.Critical, (int)severity + steps);
}
