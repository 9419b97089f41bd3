using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// The owner's live card: "12 of 34 accepted", by department, the overdue by name. Its copies are updated as people
/// accept (at most once per Attestation:ProgressUpdateSeconds) and by "Refresh".
/// </summary>
internal static class ProgressCard
{
    public static AdaptiveCard Create(AttestationCampaign campaign, ProgressFigures figures)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(figures);
        var number = campaign.Number.ToString(CultureInfo.InvariantCulture);
        var headline = $"{N(figures.Accepted)} of {N(figures.Asked)} accepted";
        var card = new AdaptiveCard { FallbackText = $"Campaign {number}: {headline}" };
        card.Body.Add(TextBlock.Heading($"📊 Campaign {number}: {CardText.Escape(campaign.PolicyTitle)} {CardText.Escape(campaign.PolicyVersion)}"));
        card.Body.Add(new TextBlock(headline) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = figures.Pending == 0 && figures.Asked > 0 ? TextColor.Good : TextColor.Default, Wrap = true });
        var facts = new FactSet(
            Fact.FromUserText("Audience", campaign.AudienceLabel, AttestationCampaign.MaxNameLength),
            new Fact("Due", campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)),
            new Fact("Status", Status(campaign, figures)));
        if (figures.Overdue > 0)
        {
            facts.Facts.Add(new Fact("Overdue", N(figures.Overdue)));
        }

        if (figures.Removed > 0)
        {
            facts.Facts.Add(new Fact("Dropped out", $"{N(figures.Removed)} (left the directory or the audience)"));
        }

        card.Body.Add(facts);
        if (figures.Departments.Count > 0)
        {
            card.Body.Add(new TextBlock("**By department**") { Wrap = true, Spacing = Spacing.Medium });
            card.Body.Add(new FactSet([.. figures.Departments.Select(d => Fact.FromUserText(d.Department, $"{N(d.Accepted)} of {N(d.Asked)}", 200))]));
        }

        if (figures.OverdueNames.Count > 0)
        {
            card.Body.Add(new TextBlock("**Overdue**") { Wrap = true, Spacing = Spacing.Medium });
            var more = figures.Overdue - figures.OverdueNames.Count;
            card.Body.Add(TextBlock.FromUserText(string.Join(", ", figures.OverdueNames) + (more > 0 ? $" and {N(more)} more" : string.Empty), 3000));
        }

        card.Body.Add(new TextBlock($"Updated {CardText.ViewerTime(campaign.UpdatedAt)} · type policy campaign export {number} for the evidence") { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        card.Actions.Add(new ExecuteAction("Refresh", AttestationVerbs.Status, new JsonObject { ["campaign"] = campaign.Number }) { AssociatedInputs = AssociatedInputs.None });
        return card;
    }

    private static string Status(AttestationCampaign campaign, ProgressFigures figures) => campaign.Status switch
    {
        CampaignStatus.Draft => "Draft: not sent",
        CampaignStatus.Closed => "Closed",
        _ when !figures.FanOutDone => "Sending the cards…",
        _ => "Running",
    };

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
