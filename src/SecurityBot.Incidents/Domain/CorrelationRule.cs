namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Which indicators link a new report to an earlier open incident: e-mail addresses (the sender), URLs, domains
/// (except Incidents:CorrelationIgnoredDomains and their subdomains), IP addresses and file hashes. The earliest open
/// incident reported within Incidents:CorrelationWindow that shares one wins.
/// </summary>
internal sealed class CorrelationRule(IncidentOptions options)
{
    private readonly HashSet<string> _ignored = new(
        (options ?? throw new ArgumentNullException(nameof(options))).CorrelationIgnoredDomains.Select(d => d.Trim().TrimStart('.').ToLowerInvariant()),
        StringComparer.OrdinalIgnoreCase);

    public TimeSpan Window => options.CorrelationWindow;

    /// <summary>The indicators of a report worth looking up.</summary>
    public IReadOnlyList<Indicator> Keys(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return indicators.Where(i => i.Kind != IndicatorKind.Domain || !IsIgnored(i.Value)).ToList();
    }

    /// <summary>The earliest reported candidate within the window, or null.</summary>
    public T? Choose<T>(IEnumerable<T> candidates, Func<T, DateTimeOffset> reportedAt, DateTimeOffset now)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(reportedAt);
        var since = now - Window;
        return candidates.Where(c => reportedAt(c) >= since && reportedAt(c) <= now).OrderBy(reportedAt).FirstOrDefault();
    }

    public DateTimeOffset WindowStart(DateTimeOffset now) => now - Window;

    private bool IsIgnored(string domain)
    {
        for (var d = domain; d.Length > 0;)
        {
            if (_ignored.Contains(d))
            {
                return true;
            }

            var dot = d.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return false;
            }

            d = d[(dot + 1)..];
        }

        return false;
    }
}
