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
        var card = new AdaptiveCard { FallbackText = $"{member.DisplayName} has not accepted {campaign.PolicyTitle}" };
        card.Body.Add(TextBlock.Heading($"⏰ {CardText.Escape(member.DisplayName)} has not accepted {CardText.Escape(campaign.PolicyTitle)}"));
        card.Body.Add(new FactSet(
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)} (version {CardText.Escape(campaign.PolicyVersion)})"),
            new Fact("Was due", due),
            new Fact("Reminders sent", member.Reminders.ToString(CultureInfo.InvariantCulture)),
            Fact.FromUserText("Asked by", campaign.OwnerName, AttestationCampaign.MaxNameLength)));
        card.Body.Add(new TextBlock("You are told because they report to you. Please ask them to open their card from SecurityBot and accept the policy, or to raise their question with the security team. This is the only notice you get about them for this campaign.") { Wrap = true });
        return card;
    }
}
