using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// The owner's live card: "12 of 34 accepted", by department, the overdue by name. Its copies are updated as people
/// accept (at most once per Attestation:ProgressUpdateSeconds) and by "Refresh".
/// </summary>
internal static class ProgressCard
{
    /// <summary>Department names are directory data: bounded so one odd name cannot widen the fact column.</summary>
    public const int MaxDepartmentLength = 60;

    /// <summary>Overdue names are directory data too: each bounded, the list only the first few (the export has all).</summary>
    public const int MaxOverdueNameLength = 60;

    public static AdaptiveCard Create(AttestationCampaign campaign, ProgressFigures figures)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(figures);
        var number = campaign.Number.ToString(CultureInfo.InvariantCulture);
        var headline = $"{N(figures.Accepted)} of {N(figures.Asked)} accepted";
        var everyone = figures.Pending <= 0 && figures.Asked > 0 && figures.FanOutDone;
        var card = new AdaptiveCard { FallbackText = CardText.Plain($"Campaign {number}: {headline}") };
        card.Body.Add(TextBlock.Heading($"📊 Campaign {number}: {CardText.Escape(campaign.PolicyTitle)}, version {CardText.Escape(campaign.PolicyVersion)}"));
        card.Body.Add(new TextBlock(headline + Percent(figures)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = everyone ? TextColor.Good : TextColor.Default, Wrap = true, Spacing = Spacing.Small });
        card.Body.Add(new TextBlock(Status(campaign, figures, everyone)) { Wrap = true, Spacing = Spacing.None, IsSubtle = !everyone });
        var facts = new FactSet(
            Fact.FromUserText("Audience", campaign.AudienceLabel, 100),
            new Fact("Due", campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)));
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
            card.Body.Add(new TextBlock("**By department** (most still to accept first)") { Wrap = true, Spacing = Spacing.Medium });
            card.Body.Add(new FactSet([.. figures.Departments.Select(Department)]) { Spacing = Spacing.Small });
        }

        if (figures.OverdueNames.Count > 0)
        {
            card.Body.Add(new TextBlock("**Overdue, by name** (the export lists everyone)") { Wrap = true, Spacing = Spacing.Medium, Color = TextColor.Attention });
            card.Body.Add(new TextBlock(OverdueList(figures)) { Wrap = true, Spacing = Spacing.Small });
        }

        card.Body.Add(new TextBlock(Footer(campaign, figures, number)) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        card.Actions.Add(new ExecuteAction("Refresh", AttestationVerbs.Status, new JsonObject { ["campaign"] = campaign.Number }) { AssociatedInputs = AssociatedInputs.None });
        if (campaign.Status != CampaignStatus.Draft)
        {
            card.Actions.Add(new ExecuteAction("Export CSV", AttestationVerbs.Export, new JsonObject { ["campaign"] = campaign.Number }) { AssociatedInputs = AssociatedInputs.None });
        }
        return card;
    }

    /// <summary>"Ann Lee, Bo Chen and 12 more": each name escaped and bounded; the count is the overdue not named.</summary>
    public static string OverdueList(ProgressFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var names = figures.OverdueNames.Select(n => CardText.Escape(CardText.Truncate(n, MaxOverdueNameLength))).ToList();
        var more = figures.Overdue - names.Count;
        return more > 0 ? $"{string.Join(", ", names)} and {N(more)} more" : string.Join(", ", names);
    }

    // The department is directory data, so the fact's title (markdown too) is escaped like any value.
    private static Fact Department(DepartmentProgress line) => new(
        CardText.Escape(CardText.Truncate(line.Department, MaxDepartmentLength)),
        $"{N(line.Accepted)} of {N(line.Asked)}" + (line.Accepted >= line.Asked ? " ✅" : string.Empty));

    private static string Status(AttestationCampaign campaign, ProgressFigures figures, bool everyone) => campaign.Status switch
    {
        CampaignStatus.Draft => "Draft: not sent yet.",
        CampaignStatus.Closed => "Closed: no more reminders. Late acceptances are still recorded.",
        _ when !figures.FanOutDone => "Sending the cards… this card updates as they go out and as people accept.",
        _ when everyone => "Everyone has accepted. 🎉",
        _ when figures.Overdue > 0 => "Running. The overdue are reminded on business days, and their manager is told once.",
        _ => "Running. People who have not accepted get reminders on business days before the due date.",
    };

    private static string Footer(AttestationCampaign campaign, ProgressFigures figures, string number)
    {
        var updated = $"Updated {CardText.ViewerTime(campaign.UpdatedAt)}";
        return figures.Accepted > 0
            ? $"{updated} · For the auditors' evidence, type policy campaign export {number}"
            : updated;
    }

    private static string Percent(ProgressFigures figures) =>
        figures.Asked > 0 && figures.FanOutDone
            ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Floor(100.0 * figures.Accepted / figures.Asked):0}%)")
            : string.Empty;

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
