using System.Globalization;

namespace SecurityBot.Attestation.Teams;

/// <summary>A person's question or disagreement, to the campaign's owner: who, about which policy and version, their words escaped.</summary>
internal static class QuestionCard
{
    public static AdaptiveCard Create(AttestationCampaign campaign, AudienceMember member, string question)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        var card = new AdaptiveCard { FallbackText = $"A question about {campaign.PolicyTitle}" };
        card.Body.Add(TextBlock.Heading($"❓ A question about {CardText.Escape(campaign.PolicyTitle)}"));
        card.Body.Add(new FactSet(
            Fact.FromUserText("From", member.DisplayName, AudienceMember.MaxNameLength),
            Fact.FromUserText("Department", member.Department ?? "—", AudienceMember.MaxNameLength),
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)} version {CardText.Escape(campaign.PolicyVersion)}"),
            new Fact("Campaign", campaign.Number.ToString(CultureInfo.InvariantCulture))));
        card.Body.Add(TextBlock.FromUserText(question, AudienceMember.MaxQuestionLength));
        card.Body.Add(new TextBlock("Answer them in a chat: their card still waits for their acceptance.") { Wrap = true, IsSubtle = true });
        return card;
    }
}
