namespace SecurityBot.Incidents.Domain;

internal sealed partial class Incident
{
    /// <summary>
    /// The part of this incident <paramref name="reporterId"/> may see as a reporter: their own reports only (see
    /// <see cref="ReporterView"/>). Number and status are the incident's own.
    /// </summary>
    /// <exception cref="ArgumentException">The person did not report this incident.</exception>
    public ReporterView ViewFor(string reporterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterId);
        var own = _reports.Where(r => string.Equals(r.ReporterId, reporterId, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.ReportedAt).ToList();
        if (own.Count == 0)
        {
            throw new ArgumentException($"{DisplayNumber} has no report by this person.", nameof(reporterId));
        }

        // Indicators are stored per incident (for correlation), so a reporter's own are found again in their own text.
        var indicators = own.SelectMany(r => IndicatorExtractor.Extract(r.AllText)).Distinct().Take(IndicatorExtractor.MaxIndicators).ToList();
        return new ReporterView(TitleFrom(own[0].Description), own[0].Category, own.Any(r => r.Clicked), indicators,
            JoinedEarlierReport: !string.Equals(ReporterId, reporterId, StringComparison.OrdinalIgnoreCase),
            Message: own.Select(r => r.Message).FirstOrDefault(m => m is not null));
    }
}
