using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// The scheduled digest: first what needs a decision (expiring acceptances, overdue policy reviews, incidents
/// breaching their SLA now), each with a button that opens the item through its capability's chat command, then the
/// headline figures with their trend. Times are shown in the digest's zone; every text that came from a person is
/// escaped.
/// </summary>
internal static class DigestCard
{
    /// <summary>Items listed per section; the rest are counted, so the card stays within Teams' size limit.</summary>
    public const int MaxItemsPerSection = 5;

    /// <param name="figures">The headline figures, for the configured period.</param>
    /// <param name="decisions">What needs a decision as of <paramref name="occurrence"/>.</param>
    /// <param name="periodWords">The period as the metrics command reads it ("last week"), for the "All figures" button.</param>
    /// <param name="occurrence">The scheduled time this digest is for.</param>
    /// <param name="zone">The digest's time zone.</param>
    public static AdaptiveCard Create(SecurityMetrics figures, DigestDecisions decisions, string periodWords, DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(zone);
        var card = new AdaptiveCard
        {
            FallbackText = string.Create(CultureInfo.InvariantCulture,
                $"Security digest, {figures.Period.Label}: {decisions.Count} item(s) need a decision; {figures.Incidents.Reported.Current} incident(s) reported."),
            Body =
            {
                TextBlock.Heading("Security digest — " + figures.Period.Label),
                new TextBlock($"{MetricsFormat.Local(occurrence, zone, "dddd d MMMM yyyy, HH:mm")} ({zone.Id})") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None, Wrap = true },
            },
        };

        card.Body.Add(new TextBlock(decisions.Count == 0 ? "Nothing needs a decision." : string.Create(CultureInfo.InvariantCulture, $"Needs a decision ({decisions.Count})"))
        {
            Weight = TextWeight.Bolder,
            Color = decisions.Count == 0 ? TextColor.Good : TextColor.Attention,
            Spacing = Spacing.Medium,
            Wrap = true,
        });
        AddSection(card, "Incidents breaching their SLA now", decisions.BreachingIncidents,
            i => $"SLA passed {IncidentMetrics.Ago(occurrence - i.Due)} ago (due {MetricsFormat.Local(i.Due, zone, "ddd d MMM HH:mm")})", i => "status " + i.Reference);
        AddSection(card, "Risk acceptances expiring in the next 30 days", decisions.ExpiringRisks,
            i => "expires " + MetricsFormat.Local(i.Due, zone, "ddd d MMM yyyy HH:mm"), i => "risk " + i.Reference);

        // A review date is a calendar date, not an instant: shown as it is, with its owner.
        AddSection(card, "Policies overdue for review", decisions.OverdueReviews, i => i.Why, i => "policy " + i.Reference);

        card.Body.Add(new TextBlock("Headline figures") { Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true });
        card.Body.Add(DigestFigures.Create(figures));
        card.Body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture,
            $"{figures.Period.Label}: {MetricsFormat.Local(figures.Period.From, zone, "ddd d MMM HH:mm")} to {MetricsFormat.Local(figures.Period.To, zone, "ddd d MMM HH:mm")}, against the previous period of the same length."))
        {
            IsSubtle = true,
            Size = TextSize.Small,
            Wrap = true,
            Spacing = Spacing.Medium,
        });
        card.Actions.Add(SubmitAction.MessageBack("All figures", ("metrics " + periodWords).Trim()));
        return card;
    }

    private static void AddSection(AdaptiveCard card, string heading, IReadOnlyList<OpenItem> items, Func<OpenItem, string> why, Func<OpenItem, string> open)
    {
        if (items.Count == 0)
        {
            return;
        }

        card.Body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{heading} ({items.Count})")) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
        foreach (var item in items.Take(MaxItemsPerSection))
        {
            card.Body.Add(new ColumnSet(
                new Column(ColumnWidth.Stretch,
                    TextBlock.FromUserText(item.Reference + " — " + item.Title, 120),
                    new TextBlock(CardText.Escape(why(item))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None, Wrap = true }),
                new Column(ColumnWidth.Auto, new ActionSet(SubmitAction.MessageBack("Open", open(item))))
                {
                    VerticalContentAlignment = VerticalAlignment.Center,
                })
            {
                Spacing = Spacing.Small,
            });
        }

        if (items.Count > MaxItemsPerSection)
        {
            card.Body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"…and {items.Count - MaxItemsPerSection} more.")) { IsSubtle = true, Size = TextSize.Small, Wrap = true });
        }
    }
}
