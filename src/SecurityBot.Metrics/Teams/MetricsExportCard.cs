using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// The answer to "metrics export": one download button per file (the CSV and the two charts). Teams opens only
/// absolute links, so without Metrics:Links:PublicBaseUrl the card says what to configure instead of offering links
/// that cannot work.
/// </summary>
internal static class MetricsExportCard
{
    public static AdaptiveCard Create(SecurityMetrics metrics, IReadOnlyList<ExportLink> links)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(links);
        var title = "Board export: " + metrics.Period.Label;
        var usable = links.Where(l => Uri.TryCreate(l.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http").ToList();
        if (usable.Count == 0)
        {
            return NoticeCard.Error(title, "The export is ready, but I can't give you links to it: the bot's public address is not configured.",
                "An administrator sets Metrics:Links:PublicBaseUrl (see docs/metrics-charts.md).");
        }

        var files = string.Join(", ", usable.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.FileName} ({Math.Max(1, l.Bytes / 1024)} KB)")));
        return NoticeCard.Create(NoticeKind.Success, title,
            "The figures as CSV (one row per figure, with the previous period) and the charts as PNG: " + files + ".",
            "The links expire soon, and anyone holding one can download the file: do not forward them. Ask again for fresh ones.",
            usable.Select(l => (CardAction)new OpenUrlAction(ButtonTitle(l), new Uri(l.Url))));
    }

    // The file names share a long prefix (the period), so a button names what the file holds.
    private static string ButtonTitle(ExportLink link) =>
        link.ContentType.StartsWith("text/csv", StringComparison.Ordinal) ? "Download the figures (CSV)"
        : link.FileName.Contains("heat-map", StringComparison.Ordinal) ? "Download the risk heat map (PNG)"
        : link.FileName.Contains("per-week", StringComparison.Ordinal) ? "Download the incident trend (PNG)"
        : "Download " + link.FileName;
}
