using System.Globalization;

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
        card.Body.Add(new TextBlock("Everyone in the audience gets a card to read and accept the policy. You see how many people that is before anything is sent.") { Wrap = true, IsSubtle = true });
        if (values.Reattest is { } earlier)
        {
            card.Body.Add(new TextBlock($"Re-attestation: the cards show what changed since campaign {earlier.ToString(CultureInfo.InvariantCulture)}. Keep the same policy to keep the comparison.") { Wrap = true });
        }

        if (errors is { Count: > 0 })
        {
            card.Body.Add(new Container([.. errors.Select(e => new TextBlock($"⚠️ {CardText.Escape(e.Message)}") { Wrap = true, Color = TextColor.Attention })]) { Style = ContainerStyle.Attention });
        }

        var policy = new ChoiceSetInput("policy", "Policy") { IsRequired = true, ErrorMessage = "Choose a policy.", Value = values.Policy, Placeholder = "Choose a policy" }
            .WithChoices(policies.Documents.OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).Select(d => new Choice($"{d.Title} (version {d.Version})", d.Id)));
        card.Body.Add(policy);
        card.Body.Add(new ChoiceSetInput("audienceKind", "Audience") { IsRequired = true, ErrorMessage = "Choose the audience.", Value = values.AudienceKind.ToString().ToLowerInvariant(), Style = ChoiceInputStyle.Compact }
            .WithChoices(new Choice("An Entra group", "group"), new Choice("A department", "department"), new Choice("Everyone", "everyone")));
        var hint = options.Groups.Count == 0 ? "the group's object id, or the department as the directory spells it" : $"{string.Join(", ", options.Groups.Keys.Order(StringComparer.OrdinalIgnoreCase))}, a group's object id, or a department";
        card.Body.Add(new TextInput("audienceValue", "Group or department (not needed for everyone)") { Value = values.AudienceValue, MaxLength = CampaignAudience.MaxValueLength, Placeholder = hint });
        card.Body.Add(new DateInput("due", "Due date") { IsRequired = true, ErrorMessage = "Choose the due date.", Value = values.Due, Min = today.AddDays(1), Max = today.AddDays(options.MaxDueDays) });
        card.Body.Add(new TextInput("message", "Message to the audience (optional)") { Value = values.Message, IsMultiline = true, MaxLength = AttestationCampaign.MaxMessageLength });
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
        var card = new AdaptiveCard { FallbackText = $"Campaign {number}: send to {people} people?" };
        card.Body.Add(TextBlock.Heading($"📜 Send campaign {number} to {people} people?"));
        var facts = new FactSet(
            new Fact("Policy", $"{CardText.Escape(campaign.PolicyTitle)} (version {CardText.Escape(campaign.PolicyVersion)})"),
            Fact.FromUserText("Audience", campaign.AudienceLabel, AttestationCampaign.MaxNameLength),
            new Fact("People", people),
            new Fact("Due", campaign.DueOn.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)));
        if (campaign.PreviousVersion is { } previous)
        {
            facts.Facts.Add(new Fact("Re-attestation", $"since version {CardText.Escape(previous)}; changed: {CardText.Escape(campaign.ChangedSections ?? "—")}"));
        }

        card.Body.Add(facts);
        if (campaign.Message is { } message)
        {
            card.Body.Add(TextBlock.FromUserText(message, AttestationCampaign.MaxMessageLength));
        }

        card.Body.Add(new TextBlock("People who already accepted this version in an earlier campaign are counted as accepted and get no card.") { Wrap = true, IsSubtle = true });
        var data = new System.Text.Json.Nodes.JsonObject { ["campaign"] = campaign.Number };
        card.Actions.Add(new ExecuteAction($"Send to {people} people", AttestationVerbs.Send, data) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None });
        card.Actions.Add(new ExecuteAction("Change", AttestationVerbs.Edit, new System.Text.Json.Nodes.JsonObject { ["campaign"] = campaign.Number }) { AssociatedInputs = AssociatedInputs.None });
        return card;
    }
}
