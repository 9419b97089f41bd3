using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// The card each person of the audience gets: what the policy is for, its key rules, the full text on request, "I
/// have read and accept" and "I have a question"; and the receipt it turns into. The policy's text comes from the
/// policy folder (written by the security team), still escaped: it is shown, never interpreted.
/// </summary>
internal static class AttestationCard
{
    public const int MaxFullTextCharacters = 18_000;

    public static AdaptiveCard Ask(AttestationCampaign campaign, PolicySnapshot policy, int keyRules, string? reminder = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(policy);
        var card = Frame(campaign, reminder);
        card.Body.Add(new TextBlock("**What it is for**") { Wrap = true, Spacing = Spacing.Medium });
        card.Body.Add(TextBlock.FromUserText(policy.Purpose(), 600));
        var rules = policy.KeyRules(keyRules);
        if (rules.Count > 0)
        {
            card.Body.Add(new TextBlock("**Key rules**") { Wrap = true, Spacing = Spacing.Medium });
            foreach (var rule in rules)
            {
                card.Body.Add(new TextBlock($"**{CardText.Escape(rule.Number)} {CardText.Escape(rule.Heading)}** — {CardText.Escape(rule.Summary)}") { Wrap = true, Spacing = Spacing.Small });
            }
        }

        AddActions(card, campaign, policy, readFull: true);
        return card;
    }

    /// <summary>The whole policy in place of the card (on "Read the full policy"), the buttons kept below it.</summary>
    public static AdaptiveCard FullText(AttestationCampaign campaign, PolicySnapshot policy)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(policy);
        var card = Frame(campaign, null);
        var used = 0;
        foreach (var section in policy.Sections)
        {
            if (used > MaxFullTextCharacters)
            {
                card.Body.Add(new TextBlock($"The rest is too long for a card: type policy {CardText.Escape(policy.Id)} to read it.") { Wrap = true, IsSubtle = true });
                break;
            }

            card.Body.Add(new TextBlock($"**{CardText.Escape(section.Number)} {CardText.Escape(section.Heading)}**") { Wrap = true, Spacing = Spacing.Medium });
            if (section.Text.Length > 0)
            {
                card.Body.Add(TextBlock.FromUserText(section.Text, 4000));
            }

            used += section.Heading.Length + section.Text.Length;
        }

        AddActions(card, campaign, policy, readFull: false);
        return card;
    }

    public static AdaptiveCard Receipt(AttestationCampaign campaign, AudienceMember member)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        var card = new AdaptiveCard { FallbackText = $"You accepted {campaign.PolicyTitle} version {campaign.PolicyVersion}" };
        card.Body.Add(TextBlock.Heading($"✅ {CardText.Escape(campaign.PolicyTitle)} — accepted"));
        var facts = new FactSet(
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)} (version {CardText.Escape(campaign.PolicyVersion)})"),
            Fact.FromUserText("Accepted by", member.DisplayName, AudienceMember.MaxNameLength),
            new Fact("Accepted", member.AcceptedAt is { } at ? CardText.ViewerTime(at) : "—"),
            new Fact("Campaign", (member.AcceptedInCampaign ?? campaign.Number).ToString(CultureInfo.InvariantCulture)));
        card.Body.Add(facts);
        var note = member.AcceptedInCampaign is { } earlier && earlier != campaign.Number
            ? $"You had accepted this version in campaign {earlier.ToString(CultureInfo.InvariantCulture)}: nothing more to do."
            : "This receipt is your record; the security team keeps the evidence for the auditors.";
        card.Body.Add(new TextBlock(note) { Wrap = true, IsSubtle = true });
        return card;
    }

    private static AdaptiveCard Frame(AttestationCampaign campaign, string? reminder)
    {
        var card = new AdaptiveCard { FallbackText = $"Please read and accept {campaign.PolicyTitle} by {Due(campaign)}" };
        if (reminder is not null)
        {
            card.Body.Add(new TextBlock($"⏰ {CardText.Escape(reminder)}") { Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Attention });
        }

        card.Body.Add(TextBlock.Heading($"📜 Please read and accept: {CardText.Escape(campaign.PolicyTitle)}"));
        card.Body.Add(new FactSet(
            new Fact("Version", CardText.Escape(campaign.PolicyVersion)),
            new Fact("Due", Due(campaign)),
            Fact.FromUserText("Asked by", campaign.OwnerName, AttestationCampaign.MaxNameLength)));
        if (campaign.PreviousVersion is { } previous && campaign.ChangedSections is { Length: > 0 } changed)
        {
            card.Body.Add(new TextBlock($"Changed since version {CardText.Escape(previous)}: sections {CardText.Escape(changed)}.") { Wrap = true, Weight = TextWeight.Bolder });
        }

        if (campaign.Message is { } message)
        {
            card.Body.Add(TextBlock.FromUserText(message, AttestationCampaign.MaxMessageLength));
        }

        return card;
    }

    private static void AddActions(AdaptiveCard card, AttestationCampaign campaign, PolicySnapshot policy, bool readFull)
    {
        var data = new Func<JsonObject>(() => new JsonObject { ["campaign"] = campaign.Number });
        card.Actions.Add(new ExecuteAction("I have read and accept", AttestationVerbs.Accept, data()) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None });
        if (readFull)
        {
            card.Actions.Add(new ExecuteAction("Read the full policy", AttestationVerbs.Read, data()) { AssociatedInputs = AssociatedInputs.None });
        }

        var question = new AdaptiveCard();
        question.Body.Add(new TextInput("question", "Your question, or what you disagree with") { IsMultiline = true, MaxLength = AudienceMember.MaxQuestionLength, IsRequired = true, ErrorMessage = "Write your question." });
        question.Actions.Add(new ExecuteAction("Send to the policy team", AttestationVerbs.Question, data()) { AssociatedInputs = AssociatedInputs.Auto });
        card.Actions.Add(new ShowCardAction("I have a question", question));
        if (policy.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var source))
        {
            card.Actions.Add(new OpenUrlAction("Open the source", source));
        }
    }

    private static string Due(AttestationCampaign campaign) => campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
