using System.Globalization;

namespace SecurityBot.Attestation.Teams;

/// <summary>The one notice a manager gets when someone of theirs is past the due date: who, which policy, how many reminders.</summary>
internal static class ManagerNoticeCard
{
    public static AdaptiveCard Create(AttestationCampaign campaign, AudienceMember member)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        var due = campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
        var name = CardText.Escape(CardText.Truncate(member.DisplayName, 100));
        var card = new AdaptiveCard { FallbackText = CardText.Plain($"{member.DisplayName} has not accepted {campaign.PolicyTitle}") };
        card.Body.Add(TextBlock.Heading($"⏰ {name} has not accepted {CardText.Escape(campaign.PolicyTitle)}"));
        card.Body.Add(new FactSet(
            Fact.FromUserText("Who", member.DisplayName, AudienceMember.MaxNameLength),
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)}, version {CardText.Escape(campaign.PolicyVersion)}"),
            new Fact("Was due", due),
            new Fact("Reminders sent", member.Reminders.ToString(CultureInfo.InvariantCulture)),
            Fact.FromUserText("Asked by", campaign.OwnerName, 100)));
        card.Body.Add(new TextBlock($"You are told because {name} reports to you. Please ask them to open the card SecurityBot sent them and accept the policy, or to press \"I have a question\" on it if something is unclear.") { Wrap = true, Spacing = Spacing.Medium });
        card.Body.Add(new TextBlock("This is the only notice you get about them for this campaign. Nothing is needed from you in SecurityBot.") { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        return card;
    }
}
