using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Policies.Teams;

/// <summary>"policy status": what the last load of the policy folder found, including every skipped file and why.</summary>
internal static class PolicyLoadReportCard
{
    private const int MaxErrorsShown = 20;

    public static AdaptiveCard Create(PolicyLoadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var card = new AdaptiveCard
        {
            FallbackText = string.Create(CultureInfo.InvariantCulture, $"{report.PolicyCount} policies loaded, {report.Errors.Count} files skipped"),
            Body =
            {
                TextBlock.Heading("Policy library status"),
                new FactSet(
                    new Fact("Loaded at", report.LoadedAt == DateTimeOffset.MinValue
                        ? "not loaded yet"
                        : report.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)),
                    new Fact("Policies", report.PolicyCount.ToString(CultureInfo.InvariantCulture)),
                    new Fact("Sections", report.SectionCount.ToString(CultureInfo.InvariantCulture)),
                    new Fact("Skipped files", report.Errors.Count.ToString(CultureInfo.InvariantCulture))),
            },
        };
        if (!report.HasErrors)
        {
            card.Body.Add(new TextBlock("✓ Every policy file loaded.") { Wrap = true, Color = TextColor.Good });
            return card;
        }

        card.Body.Add(new TextBlock("⚠ Skipped files — fix these in the policy folder; the library reloads on save.")
        {
            Wrap = true,
            Weight = TextWeight.Bolder,
            Color = TextColor.Warning,
            Spacing = Spacing.Medium,
        });
        foreach (var error in report.Errors.Take(MaxErrorsShown))
        {
            card.Body.Add(new TextBlock($"**{CardText.Escape(CardText.Truncate(error.File, 200))}**: {CardText.Escape(CardText.Truncate(error.Reason, 300))}")
            {
                Wrap = true,
                Spacing = Spacing.Small,
            });
        }

        if (report.Errors.Count > MaxErrorsShown)
        {
            card.Body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"… and {report.Errors.Count - MaxErrorsShown} more; see the bot's log."))
            {
                Wrap = true,
                IsSubtle = true,
            });
        }

        return card;
    }
}
