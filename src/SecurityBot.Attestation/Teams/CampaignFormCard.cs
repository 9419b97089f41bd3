using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// "policy campaign": which policy (its current version), which audience (a configured group by name, any Entra group
/// by id, a department, everyone), the due date and a message. "Next" counts the audience before anything is sent.
/// </summary>
internal static class CampaignFormCard
{
    public static AdaptiveCard Create(IPolicyDocuments policies, AttestationOptions options, CampaignFormValues values, DateOnly today, IReadOnlyList<FieldError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(values);
        var card = new AdaptiveCard { FallbackText = "Start a policy attestation campaign" };
        card.Body.Add(TextBlock.Heading("📜 Start a policy attestation campaign"));
        card.Body.Add(new TextBlock("Everyone in the audience gets a card to read and accept the policy. Nothing is sent yet: next you see how many people that is, and confirm.") { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        if (values.Reattest is { } earlier)
        {
            card.Body.Add(new TextBlock($"Re-attestation: the cards show what changed since campaign {earlier.ToString(CultureInfo.InvariantCulture)}. Keep the same policy to keep the comparison.") { Wrap = true });
        }

        if (errors is { Count: > 0 })
        {
            var box = new Container(new TextBlock("Please correct:") { Weight = TextWeight.Bolder, Color = TextColor.Attention }) { Style = ContainerStyle.Attention };
            foreach (var error in errors.Take(10))
            {
                box.Items.Add(new TextBlock("• " + CardText.Escape(CardText.Truncate(error.Message, 300))) { Wrap = true, Spacing = Spacing.None });
            }

            card.Body.Add(box);
        }

        var policy = new ChoiceSetInput("policy", "Policy") { IsRequired = true, ErrorMessage = "Choose a policy.", Value = Input(values.Policy, 200), Placeholder = "Choose a policy", Style = ChoiceInputStyle.Compact }
            .WithChoices(policies.Documents.OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase)
                .Select(d => new Choice(CardText.Plain(CardText.Truncate($"{d.Title} (version {d.Version})", 120)), d.Id)));
        card.Body.Add(policy);
        card.Body.Add(new ChoiceSetInput("audienceKind", "Who is asked") { IsRequired = true, ErrorMessage = "Choose who is asked.", Value = values.AudienceKind.ToString().ToLowerInvariant(), Style = ChoiceInputStyle.Compact }
            .WithChoices(new Choice("An Entra group", "group"), new Choice("A department", "department"), new Choice("Everyone", "everyone")));
        var hint = options.Groups.Count == 0
            ? "The group's object id, or the department as the directory spells it"
            : $"{string.Join(", ", options.Groups.Keys.Order(StringComparer.OrdinalIgnoreCase).Take(8))}, a group's object id, or a department";
        card.Body.Add(new TextInput("audienceValue", "Group or department (leave empty for everyone)") { Value = Input(values.AudienceValue, CampaignAudience.MaxValueLength), MaxLength = CampaignAudience.MaxValueLength, Placeholder = CardText.Plain(CardText.Truncate(hint, 200)) });
        card.Body.Add(new DateInput("due", "Due date") { IsRequired = true, ErrorMessage = "Choose the due date.", Value = values.Due, Min = today.AddDays(1), Max = today.AddDays(options.MaxDueDays) });
        card.Body.Add(new TextInput("message", "Message shown on everyone's card (optional)") { Value = Input(values.Message, AttestationCampaign.MaxMessageLength), IsMultiline = true, MaxLength = AttestationCampaign.MaxMessageLength, Placeholder = "e.g. Section 3.4 now covers public AI tools: please read it." });
        // A re-attestation's earlier campaign rides in the button's data (Teams merges it with the inputs).
        var next = values.Reattest is { } previous ? new System.Text.Json.Nodes.JsonObject { ["reattest"] = previous } : null;
        card.Actions.Add(new ExecuteAction("Next: count the audience", AttestationVerbs.Preview, next) { AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive });
        return card;
    }

    /// <summary>The draft counted: who gets what, and "Send" (or "Change").</summary>
    public static AdaptiveCard Confirm(AttestationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var number = campaign.Number.ToString(CultureInfo.InvariantCulture);
        var people = campaign.AudienceSize.ToString("N0", CultureInfo.InvariantCulture);
        var persons = campaign.AudienceSize == 1 ? "person" : "people";
        var card = new AdaptiveCard { FallbackText = $"Campaign {number}: send to {people} {persons}?" };
        card.Body.Add(TextBlock.Heading($"📜 Send campaign {number} to {people} {persons}?"));
        var facts = new FactSet(
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)}, version {CardText.Escape(campaign.PolicyVersion)}"),
            Fact.FromUserText("Audience", campaign.AudienceLabel, 100),
            new Fact("People", people),
            new Fact("Due", campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)));
        if (campaign.PreviousVersion is { } previous)
        {
            facts.Facts.Add(new Fact("Re-attestation", $"since version {CardText.Escape(previous)}; changed: {CardText.Escape(CardText.Truncate(campaign.ChangedSections ?? "—", 300))}"));
        }

        card.Body.Add(facts);
        if (campaign.Message is { } message)
        {
            card.Body.Add(new Container(
                new TextBlock("Your message, as everyone will see it") { Wrap = true, IsSubtle = true, Size = TextSize.Small },
                new TextBlock(CardText.Escape(CardText.Truncate(message, AttestationCampaign.MaxMessageLength))) { Wrap = true, Spacing = Spacing.None })
            {
                Style = ContainerStyle.Emphasis,
                Spacing = Spacing.Medium,
            });
        }

        card.Body.Add(new TextBlock("**What happens next:** the cards start going out at once, and this card becomes your progress card, updated as people accept. People who have not accepted are reminded on business days; after the due date their manager is told once.") { Wrap = true, Spacing = Spacing.Medium });
        card.Body.Add(new TextBlock("People who already accepted this version in an earlier campaign count as accepted and get no card.") { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        card.Actions.Add(new ExecuteAction($"Send to {people} {persons}", AttestationVerbs.Send, new JsonObject { ["campaign"] = campaign.Number }) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None });
        card.Actions.Add(new ExecuteAction("Change", AttestationVerbs.Edit, new JsonObject { ["campaign"] = campaign.Number }) { AssociatedInputs = AssociatedInputs.None });
        return card;
    }

    // Values typed earlier come back literally (inputs are not markdown); bounded, and no tag survives.
    private static string? Input(string? value, int maxLength) =>
        string.IsNullOrEmpty(value) ? null : CardText.Plain(CardText.Truncate(value, maxLength));
}
