using System.Globalization;

namespace SecurityBot.Metrics.Teams;

/// <summary>How the metrics card writes numbers, durations and instants (invariant culture, the asker's time zone).</summary>
internal static class MetricsFormat
{
    /// <summary>"12 (▲ 3)": the count and its change against the previous period.</summary>
    public static string Trend(Trend trend) => string.Create(CultureInfo.InvariantCulture, $"{trend.Current} ({trend.Arrow} vs previous)");

    /// <summary>"40 min", "5.5 h", "3.2 d"; an empty set has no figure ("–"), never zero.</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "–",
        { TotalHours: < 1 } s => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)Math.Round(s.TotalMinutes))} min"),
        { TotalHours: < 48 } s => string.Create(CultureInfo.InvariantCulture, $"{s.TotalHours:0.#} h"),
        var s => string.Create(CultureInfo.InvariantCulture, $"{s.Value.TotalDays:0.#} d"),
    };

    /// <summary>"2026-11-23 14:05" (or <paramref name="format"/>) in <paramref name="zone"/>.</summary>
    public static string Local(DateTimeOffset at, TimeZoneInfo zone, string format = "yyyy-MM-dd HH:mm") =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"2026-11-23" in <paramref name="zone"/>.</summary>
    public static string LocalDate(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"a: 3 · b: 1": labelled counts on one line; <paramref name="empty"/> when there are none.</summary>
    public static string Counts(IEnumerable<NamedCount> counts, string empty = "none") =>
        Joined(counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name}: {c.Count}")), empty);

    public static string Joined(IEnumerable<string> parts, string empty = "none")
    {
        var text = string.Join(" · ", parts);
        return text.Length == 0 ? empty : text;
    }
}
