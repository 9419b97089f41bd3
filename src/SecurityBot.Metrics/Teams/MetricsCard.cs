using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// The answer to "metrics": what needs a decision first, then incidents, the risk register and policies. Compact by
/// design (each list shows its first few items and says how many more), so it stays well under Teams' message size
/// limit. Charts, when given, are shown with their alt text; the card reads the same without them.
/// </summary>
internal static class MetricsCard
{
    /// <summary>How many items each "needs a decision" list shows.</summary>
    public const int MaxItems = 5;

    /// <summary>Longest user text (risk and policy titles) shown per item.</summary>
    public const int MaxTitle = 80;

    /// <param name="metrics">The figures.</param>
    /// <param name="zone">The asker's time zone: every time and date on the card is in it.</param>
    /// <param name="reporterNames">Display names of the top reporters by directory id; ids without a name are shown as they are.</param>
    /// <param name="images">Charts to show (may be empty).</param>
    public static AdaptiveCard Create(SecurityMetrics metrics, TimeZoneInfo zone, IReadOnlyDictionary<string, string> reporterNames, IReadOnlyList<MetricsImage> images)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(reporterNames);
        ArgumentNullException.ThrowIfNull(images);
        var decisions = DecisionCount(metrics);
        var card = new AdaptiveCard
        {
            FallbackText = string.Create(CultureInfo.InvariantCulture,
                $"Security metrics, {metrics.Period.Label}: {metrics.Incidents.Reported.Current} incidents reported, {decisions} items need a decision."),
            Body =
            {
                TextBlock.Heading("Security metrics: " + metrics.Period.Label),
                new TextBlock($"{MetricsFormat.Local(metrics.Period.From, zone)} to {MetricsFormat.Local(metrics.Period.To, zone)} ({zone.Id}), computed {MetricsFormat.Local(metrics.ComputedAt, zone)}. Trends compare with {metrics.Period.Previous.Label}.")
                {
                    Wrap = true,
                    IsSubtle = true,
                    Size = TextSize.Small,
                    Spacing = Spacing.None,
                },
            },
        };
        card.Body.Add(Decisions(metrics, zone, decisions));
        foreach (var image in images)
        {
            card.Body.Add(new Image(image.Url, image.AltText) { Size = ImageSize.Stretch, Spacing = Spacing.Medium });
        }

        card.Body.AddRange(MetricsCardSections.Incidents(metrics.Incidents, reporterNames));
        card.Body.AddRange(MetricsCardSections.Risks(metrics.Risks));
        card.Body.AddRange(MetricsCardSections.Policies(metrics.Policies));
        card.Body.Add(new TextBlock("Type status INC-…, risk RA-… or policy and a policy id to open an item; metrics last week (or week, quarter, 2026-10-01..2026-12-31) for another period.")
        {
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
            Spacing = Spacing.Medium,
        });
        return card.WithFullWidth();
    }

    private static int DecisionCount(SecurityMetrics m) =>
        m.Incidents.BreachingNow.Count + m.Risks.ExpiringSoon.Count + m.Risks.RemediationOverdue.Count + m.Policies.OverdueForReview.Count;

    private static Container Decisions(SecurityMetrics m, TimeZoneInfo zone, int count)
    {
        var container = new Container
        {
            Style = count > 0 ? ContainerStyle.Attention : ContainerStyle.Good,
            Spacing = Spacing.Medium,
            Items = { new TextBlock(count > 0 ? "Needs a decision" : "Nothing needs a decision now") { Weight = TextWeight.Bolder, Wrap = true } },
        };
        if (count == 0)
        {
            return container;
        }

        AddList(container, "Incidents breaching the acknowledgement SLA", m.Incidents.BreachingNow,
            i => $"{i.Reference} {Escaped(i.Title)}: {i.Why} (due {MetricsFormat.Local(i.Due, zone)})");
        AddList(container, "Risk acceptances expiring within 30 days", m.Risks.ExpiringSoon,
            i => $"{i.Reference} {Escaped(i.Title)}: expires {MetricsFormat.LocalDate(i.Due, zone)}");
        AddList(container, "Remediation overdue (expired, not remediated)", m.Risks.RemediationOverdue,
            i => $"{i.Reference} {Escaped(i.Title)}: expired {MetricsFormat.LocalDate(i.Due, zone)}");
        AddList(container, "Policies overdue for review", m.Policies.OverdueForReview,
            i => $"{Escaped(i.Reference)} {Escaped(i.Title)}: {Escaped(i.Why)}");
        return container;
    }

    private static void AddList(Container container, string heading, IReadOnlyList<OpenItem> items, Func<OpenItem, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        container.Items.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{heading} ({items.Count})"))
        {
            Weight = TextWeight.Bolder,
            Size = TextSize.Small,
            Wrap = true,
            Spacing = Spacing.Small,
        });
        var lines = items.Take(MaxItems).Select(i => "- " + line(i)).ToList();
        if (items.Count > MaxItems)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"- and {items.Count - MaxItems} more"));
        }

        container.Items.Add(new TextBlock(string.Join("\n", lines)) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.None });
    }

    /// <summary>Titles, references and owners come from users: one line (a list item), truncated, then escaped.</summary>
    internal static string Escaped(string text) => CardText.Escape(CardText.Truncate(text.ReplaceLineEndings(" "), MaxTitle));
}
