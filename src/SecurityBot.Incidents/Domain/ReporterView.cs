namespace SecurityBot.Incidents.Domain;

/// <summary>
/// What one reporter may see of their own part of an incident: only what they reported. When their report joined an
/// incident someone else opened (related-report correlation), the other reporters' words, indicators and names stay
/// with the security team; the reporter's cards add only the incident's number and status.
/// </summary>
/// <param name="Title">First line of the reporter's own first report.</param>
/// <param name="Category">The category the reporter chose.</param>
/// <param name="Clicked">Whether this reporter said they clicked, opened or entered something.</param>
/// <param name="Indicators">The indicators found in this reporter's own reports.</param>
/// <param name="JoinedEarlierReport">True when someone else opened the incident and this report was linked to it.</param>
/// <param name="Message">The Teams message this reporter reported with "Report to security", if that is how they reported.</param>
internal sealed record ReporterView(string Title, IncidentCategory Category, bool Clicked, IReadOnlyList<Indicator> Indicators, bool JoinedEarlierReport,
    QuotedMessage? Message = null);
