using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// The card each person of the audience gets: what the policy is for, its key rules, the full text on request, "I
/// have read and accept" and "I have a question"; and the receipt it turns into. The policy's text comes from the
/// policy folder (written by the security team), still escaped: it is shown, never interpreted.
/// </summary>
internal static class AttestationCard
{
    /// <summary>
    /// The full-text card's JSON stops growing here: Teams refuses messages over about 28 KB with the activity
    /// envelope, and escaping (and JSON) makes the text longer than the policy's characters, so the card is measured.
    /// </summary>
    public const int MaxFullTextBytes = 20_000;

    /// <summary>A section longer than this is cut on the card (the policy's own copy stays whole).</summary>
    public const int MaxSectionCharacters = 4_000;

    public static AdaptiveCard Ask(AttestationCampaign campaign, PolicySnapshot policy, int keyRules, string? reminder = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(policy);
        var card = Frame(campaign, reminder, withMessage: true);
        if (policy.Purpose() is { Length: > 0 } purpose)
        {
            card.Body.Add(new TextBlock("**What it is for**") { Wrap = true, Spacing = Spacing.Medium });
            card.Body.Add(TextBlock.FromUserText(purpose, 600));
        }

        var rules = Rules(campaign, policy, keyRules);
        if (rules.Count > 0)
        {
            card.Body.Add(new TextBlock("**Key rules**") { Wrap = true, Spacing = Spacing.Medium });
            foreach (var (rule, changed) in rules)
            {
                var mark = changed ? " *(changed)*" : string.Empty;
                card.Body.Add(new TextBlock($"**{CardText.Escape(rule.Number)} {CardText.Escape(rule.Heading)}**{mark} — {CardText.Escape(rule.Summary)}") { Wrap = true, Spacing = Spacing.Small });
            }
        }

        // Reading comes before deciding: the reading buttons sit under the rules, the decision at the bottom.
        var reading = new ActionSet(new ExecuteAction("Read the full policy", AttestationVerbs.Read, Data(campaign)) { AssociatedInputs = AssociatedInputs.None }) { Spacing = Spacing.Small };
        if (Source(policy) is { } source)
        {
            reading.Actions.Add(new OpenUrlAction("Open the official copy", source));
        }

        card.Body.Add(reading);
        card.Body.Add(new TextBlock("When you have read it, press **I have read and accept**: this card becomes your receipt. Unsure about something? Press **I have a question** first.") { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        AddDecision(card, campaign);
        return card;
    }

    /// <summary>
    /// The whole policy in place of the card (on "Read the full policy"), the buttons kept below it. Sections are
    /// added while the card stays under <see cref="MaxFullTextBytes"/>; the rest is named, with where to read it.
    /// </summary>
    public static AdaptiveCard FullText(AttestationCampaign campaign, PolicySnapshot policy)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(policy);
        var card = Frame(campaign, null, withMessage: false);
        AddDecision(card, campaign);
        if (Source(policy) is { } source)
        {
            card.Actions.Add(new OpenUrlAction("Open the official copy", source));
        }

        var used = Encoding.UTF8.GetByteCount(card.ToJson());
        for (var i = 0; i < policy.Sections.Count; i++)
        {
            var section = policy.Sections[i];
            var items = new List<CardElement> { new TextBlock($"**{CardText.Escape(section.Number)} {CardText.Escape(section.Heading)}**") { Wrap = true } };
            if (section.Text.Length > 0)
            {
                items.Add(new TextBlock(CardText.Escape(CardText.Truncate(section.Text, MaxSectionCharacters))) { Wrap = true, Spacing = Spacing.Small });
            }

            var block = new Container(items) { Spacing = Spacing.Medium };
            var size = Measure(block);
            if (used + size > MaxFullTextBytes - 400)
            {
                card.Body.Add(RestNotice(policy, i));
                break;
            }

            card.Body.Add(block);
            used += size;
        }

        return card;
    }

    public static AdaptiveCard Receipt(AttestationCampaign campaign, AudienceMember member)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        var card = new AdaptiveCard { FallbackText = CardText.Plain($"You accepted {campaign.PolicyTitle} version {campaign.PolicyVersion}") };
        card.Body.Add(TextBlock.Heading($"✅ {CardText.Escape(campaign.PolicyTitle)} — accepted"));
        var earlier = member.AcceptedInCampaign is { } number && number != campaign.Number ? number : (int?)null;
        var facts = new FactSet(
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)}, version {CardText.Escape(campaign.PolicyVersion)}"),
            Fact.FromUserText("Who", member.DisplayName, AudienceMember.MaxNameLength),
            new Fact("When", member.AcceptedAt is { } at ? CardText.ViewerTime(at) : "—"),
            new Fact("Campaign", (earlier ?? campaign.Number).ToString(CultureInfo.InvariantCulture)));
        card.Body.Add(facts);
        var note = earlier is { } e
            ? $"You already accepted this version in campaign {e.ToString(CultureInfo.InvariantCulture)}, so there is nothing more to do and no reminders will come."
            : "Thank you. Nothing more to do: no reminders will come. The security team keeps this record as evidence for the auditors.";
        card.Body.Add(new TextBlock(note) { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return card;
    }

    private static AdaptiveCard Frame(AttestationCampaign campaign, string? reminder, bool withMessage)
    {
        var card = new AdaptiveCard { FallbackText = CardText.Plain($"Please read and accept {campaign.PolicyTitle} by {Due(campaign)}") };
        if (reminder is not null)
        {
            card.Body.Add(new Container(new TextBlock($"⏰ {CardText.Escape(CardText.Truncate(reminder, 200))}") { Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Attention })
            {
                Style = ContainerStyle.Attention,
                Bleed = true,
            });
        }

        card.Body.Add(TextBlock.Heading($"📜 Please read and accept: {CardText.Escape(campaign.PolicyTitle)}"));
        card.Body.Add(new FactSet(
            new Fact("Version", CardText.Escape(campaign.PolicyVersion)),
            new Fact("Due", Due(campaign)),
            Fact.FromUserText("Asked by", campaign.OwnerName, 100)));
        if (campaign.PreviousVersion is { } previous && campaign.ChangedSections is { Length: > 0 } changed)
        {
            card.Body.Add(new TextBlock($"**What changed since version {CardText.Escape(previous)}:** sections {CardText.Escape(CardText.Truncate(changed, 300))}. The rest is as you accepted it before.") { Wrap = true });
        }

        if (withMessage && campaign.Message is { } message)
        {
            card.Body.Add(new Container(
                new TextBlock($"Message from {CardText.Escape(CardText.Truncate(campaign.OwnerName, 100))}") { Wrap = true, IsSubtle = true, Size = TextSize.Small },
                new TextBlock(CardText.Escape(CardText.Truncate(message, AttestationCampaign.MaxMessageLength))) { Wrap = true, Spacing = Spacing.None })
            {
                Style = ContainerStyle.Emphasis,
                Spacing = Spacing.Medium,
            });
        }

        return card;
    }

    // The data names the campaign only: who accepts is the authenticated sender of the invoke, never the card.
    private static JsonObject Data(AttestationCampaign campaign) => new() { ["campaign"] = campaign.Number };

    private static void AddDecision(AdaptiveCard card, AttestationCampaign campaign)
    {
        card.Actions.Add(new ExecuteAction("I have read and accept", AttestationVerbs.Accept, Data(campaign)) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None });
        var question = new AdaptiveCard();
        question.Body.Add(new TextInput("question", "Your question, or what you disagree with") { IsMultiline = true, MaxLength = AudienceMember.MaxQuestionLength, IsRequired = true, ErrorMessage = "Write your question." });
        question.Body.Add(new TextBlock($"It goes to {CardText.Escape(CardText.Truncate(campaign.OwnerName, 100))}, who runs this campaign. Your card stays open: accept when you are ready.") { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        question.Actions.Add(new ExecuteAction("Send to the policy team", AttestationVerbs.Question, Data(campaign)) { AssociatedInputs = AssociatedInputs.Auto });
        card.Actions.Add(new ShowCardAction("I have a question", question));
    }

    private static Uri? Source(PolicySnapshot policy) =>
        policy.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var source) && source.Scheme is "https" or "http" ? source : null;

    /// <summary>
    /// The rules the card quotes. For a re-attestation the changed sections come first (and are marked): they are
    /// what people are asked again for, and a policy's first rules are rarely the ones that changed.
    /// </summary>
    private static List<(KeyRule Rule, bool Changed)> Rules(AttestationCampaign campaign, PolicySnapshot policy, int max)
    {
        var changed = (campaign.ChangedSections ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var rules = policy.KeyRules(int.MaxValue);
        bool IsChanged(KeyRule rule) => changed.Contains(rule.Number);
        return [.. rules.Where(IsChanged).Select(r => (r, true)).Concat(rules.Where(r => !IsChanged(r)).Select(r => (r, false))).Take(max)];
    }

    private static TextBlock RestNotice(PolicySnapshot policy, int from)
    {
        var left = policy.Sections.Count - from;
        var where = policy.Url is null ? $"type policy {CardText.Escape(policy.Id)} to read it" : "open the official copy to read it";
        return new TextBlock($"{left.ToString(CultureInfo.InvariantCulture)} more {(left == 1 ? "section does" : "sections do")} not fit on a card (from {CardText.Escape(policy.Sections[from].Number)} {CardText.Escape(policy.Sections[from].Heading)}): {where}.")
        {
            Wrap = true,
            Weight = TextWeight.Bolder,
            Spacing = Spacing.Medium,
        };
    }

    // The element's share of the card's JSON, in bytes (as sent), so the cap holds whatever escaping did to the text.
    private static int Measure(CardElement element)
    {
        var probe = new AdaptiveCard();
        probe.Body.Add(element);
        return Encoding.UTF8.GetByteCount(probe.ToJson()) - EmptyCardBytes;
    }

    private static readonly int EmptyCardBytes = Encoding.UTF8.GetByteCount(new AdaptiveCard().ToJson());

    private static string Due(AttestationCampaign campaign) => campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
