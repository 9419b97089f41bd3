using System.Globalization;

namespace SecurityBot.Attestation.Teams;

/// <summary>A person's question or disagreement, to the campaign's owner: who, about which policy and version, their words escaped.</summary>
internal static class QuestionCard
{
    public static AdaptiveCard Create(AttestationCampaign campaign, AudienceMember member, string question)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        var card = new AdaptiveCard { FallbackText = CardText.Plain($"{member.DisplayName} has a question about {campaign.PolicyTitle}") };
        card.Body.Add(TextBlock.Heading($"❓ {CardText.Escape(CardText.Truncate(member.DisplayName, 100))} has a question about {CardText.Escape(campaign.PolicyTitle)}"));
        card.Body.Add(new Container(TextBlock.FromUserText(question, AudienceMember.MaxQuestionLength)) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        card.Body.Add(new FactSet(
            Fact.FromUserText("From", member.DisplayName, AudienceMember.MaxNameLength),
            Fact.FromUserText("Department", member.Department ?? "—", 100),
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)}, version {CardText.Escape(campaign.PolicyVersion)}"),
            new Fact("Campaign", campaign.Number.ToString(CultureInfo.InvariantCulture)),
            new Fact("Their card", member.Status == MemberStatus.Accepted ? "accepted" : "still waiting for their acceptance")));
        card.Body.Add(new TextBlock("Please answer them in a chat. If the policy needs to change, the new version can be sent as a re-attestation.") { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return card;
    }
}
