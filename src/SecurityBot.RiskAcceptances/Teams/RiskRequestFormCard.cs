using System.Globalization;
using System.Text.Json.Nodes;
using SecurityBot.Cards;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The request form ("risk", "Request an exception", or "Edit and resubmit"). Client-side checks (required, max
/// length, ranges) are a convenience; the server validates everything again and the form comes back with the errors.
/// </summary>
internal static class RiskRequestFormCard
{
    private static readonly string[] LikelihoodLabels = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
    private static readonly string[] ImpactLabels = ["Negligible", "Minor", "Moderate", "Major", "Severe"];

    /// <param name="values">Pre-filled values (what the user typed last time, or the policy and section from a policy answer).</param>
    /// <param name="policies">The policies to choose from: (id, title).</param>
    /// <param name="maxDurationDays">RiskAcceptances:MaxDurationDays.</param>
    /// <param name="defaultDurationDays">Duration pre-filled when the values have none.</param>
    /// <param name="errors">Errors from the last submission, shown at the top.</param>
    /// <param name="resubmit">The request being edited (reference and version), or null for a new request.</param>
    public static AdaptiveCard Create(RiskFormValues values, IReadOnlyList<(string Id, string Title)> policies, int maxDurationDays, int defaultDurationDays,
        IReadOnlyList<FieldError>? errors = null, (string Reference, long Version)? resubmit = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(policies);
        var card = new AdaptiveCard
        {
            FallbackText = resubmit is { } r ? $"Edit {r.Reference} and resubmit it" : "Request a risk acceptance",
            Body =
            {
                TextBlock.Heading(resubmit is { } e ? $"Edit {e.Reference} and resubmit" : "Request a risk acceptance"),
                new TextBlock("When a policy cannot be met, the risk can be accepted for a limited time by the right approvers. Describe it; the score decides who approves.")
                {
                    Wrap = true,
                    IsSubtle = true,
                    Spacing = Spacing.None,
                },
            },
        };
        if (errors is { Count: > 0 })
        {
            var box = new Container { Style = ContainerStyle.Attention, Items = { new TextBlock("Please correct:") { Weight = TextWeight.Bolder, Color = TextColor.Attention } } };
            foreach (var error in errors.Take(15))
            {
                box.Items.Add(new TextBlock("• " + CardText.Escape(CardText.Truncate(error.Message, 300))) { Wrap = true, Spacing = Spacing.None });
            }

            card.Body.Add(box);
        }

        card.Body.Add(Text("title", "Title", values.Title, "e.g. Legacy build server without EDR", RiskAcceptanceDetails.MaxTitleLength, required: true));
        var policy = new ChoiceSetInput("policyId", "Policy that cannot be met (optional)")
        {
            Style = ChoiceInputStyle.Compact,
            Placeholder = "None",
            Value = values.PolicyId,
        };
        policy.Choices.AddRange(policies.Select(p => new Choice(CardText.Plain(CardText.Truncate(p.Title, 100)), p.Id)));
        if (values.PolicyId is { Length: > 0 } chosen && policies.All(p => p.Id != chosen))
        {
            policy.Choices.Add(new Choice(CardText.Plain(CardText.Truncate(chosen, 64)), CardText.Truncate(chosen, 64)));
        }

        card.Body.Add(policy);
        card.Body.Add(Text("section", "Policy section (optional, e.g. 4.2)", values.Section, null, RiskAcceptanceDetails.MaxSectionLength, required: false));
        card.Body.Add(Text("asset", "System or asset", values.Asset, "e.g. build-01.corp", RiskAcceptanceDetails.MaxAssetLength, required: true));
        card.Body.Add(Text("description", "The risk: what could happen, and why", values.Description, null, RiskAcceptanceDetails.MaxTextLength, required: true, multiline: true));
        card.Body.Add(Scale("likelihood", "Likelihood", LikelihoodLabels, values.Likelihood));
        card.Body.Add(Scale("impact", "Impact", ImpactLabels, values.Impact));
        card.Body.Add(Text("controls", "Compensating controls", values.Controls, "What reduces the risk meanwhile", RiskAcceptanceDetails.MaxTextLength, required: true, multiline: true));
        card.Body.Add(Text("justification", "Business justification", values.Justification, "Why the business needs the exception", RiskAcceptanceDetails.MaxTextLength, required: true, multiline: true));
        card.Body.Add(new NumberInput("durationDays", $"Duration in days (at most {maxDurationDays})")
        {
            Min = 1,
            Max = maxDurationDays,
            Value = Math.Clamp(values.DurationDays ?? defaultDurationDays, 1, maxDurationDays),
            IsRequired = true,
            ErrorMessage = $"Enter 1 to {maxDurationDays} days.",
        });
        card.Body.Add(Text("riskOwner", "Risk owner (optional: their e-mail; empty means you)", values.RiskOwner, "their sign-in e-mail address", 256, required: false));

        var data = resubmit is { } edit
            ? new JsonObject { ["id"] = edit.Reference, ["version"] = edit.Version }
            : new JsonObject();
        card.Actions.Add(new ExecuteAction(resubmit is null ? "Submit for approval" : "Resubmit for approval", resubmit is null ? RiskVerbs.SubmitRequest : RiskVerbs.Resubmit, data)
        {
            Style = ActionStyle.Positive,
        });
        return card;
    }

    private static TextInput Text(string id, string label, string? value, string? placeholder, int maxLength, bool required, bool multiline = false) => new(id, label)
    {
        Value = string.IsNullOrEmpty(value) ? null : CardText.Plain(CardText.Truncate(value, maxLength)),
        Placeholder = placeholder,
        MaxLength = maxLength,
        IsMultiline = multiline ? true : null,
        IsRequired = required ? true : null,
        ErrorMessage = required ? $"{label} is required." : null,
    };

    private static ChoiceSetInput Scale(string id, string label, string[] names, int? value)
    {
        var input = new ChoiceSetInput(id, $"{label} (1–5)")
        {
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = $"Choose the {label.ToLowerInvariant()}.",
            Value = value is >= RiskScore.Min and <= RiskScore.Max ? value.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        input.Choices.AddRange(names.Select((name, i) => new Choice($"{i + 1} — {name}", (i + 1).ToString(CultureInfo.InvariantCulture))));
        return input;
    }
}
