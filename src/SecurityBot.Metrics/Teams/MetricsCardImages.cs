using System.Text;
using SecurityBot.Cards;
using SecurityBot.Metrics.Charts;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// Which charts the metrics card can carry: a chart Teams can load (a data URI, or an absolute link when
/// Metrics:Links:PublicBaseUrl is set), and only while the whole card stays within Teams' message size. Charts are
/// dropped last first (the heat map, then the trend); every figure is in the text anyway, so a card without them
/// still reads completely.
/// </summary>
internal static class MetricsCardImages
{
    /// <summary>Teams refuses messages over about 28 KB; a little is kept for the activity around the card.</summary>
    public const int MaxCardBytes = 26 * 1024;

    public static AdaptiveCard Build(MetricsCharts charts, Func<IReadOnlyList<MetricsImage>, AdaptiveCard> render)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(render);
        var images = new[] { charts.IncidentTrend, charts.RiskHeatMap }
            .Where(c => Uri.TryCreate(c.Url, UriKind.Absolute, out var url) && url.Scheme is "data" or "https" or "http")
            .Select(c => new MetricsImage(new Uri(c.Url), c.AltText))
            .ToList();
        while (true)
        {
            var card = render(images);
            if (images.Count == 0 || Encoding.UTF8.GetByteCount(card.ToJson()) <= MaxCardBytes)
            {
                return card;
            }

            images.RemoveAt(images.Count - 1);
        }
    }
}
