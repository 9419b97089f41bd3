using System.Globalization;
using System.Text.Json.Nodes;
using SecurityBot.Cards;
using SecurityBot.Platform.Results;
using SecurityBot.RiskAcceptances.Teams.Resources;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The request form ("risk", "Request an exception", or "Edit and resubmit"). Client-side checks (required, max
/// length, ranges) are a convenience; the server validates everything again and the form comes back with the errors.
/// In the requester's language (their Teams locale).
/// </summary>
internal static class RiskRequestFormCard
{
    private static readonly string[] LikelihoodKeys =
        [nameof(RiskTexts.Likelihood_1), nameof(RiskTexts.Likelihood_2), nameof(RiskTexts.Likelihood_3), nameof(RiskTexts.Likelihood_4), nameof(RiskTexts.Likelihood_5)];

    private static readonly string[] ImpactKeys = [nameof(RiskTexts.Impact_1), nameof(RiskTexts.Impact_2), nameof(RiskTexts.Impact_3), nameof(RiskTexts.Impact_4), nameof(RiskTexts.Impact_5)];

    /// <param name="values">Pre-filled values (what the user typed last time, or the policy and section from a policy answer).</param>
    /// <param name="policies">The policies to choose from: (id, title).</param>
    /// <param name="maxDurationDays">RiskAcceptances:MaxDurationDays.</param>
    /// <param name="defaultDurationDays">Duration pre-filled when the values have none.</param>
    /// <param name="errors">Errors from the last submission, shown at the top.</param>
    /// <param name="resubmit">The request being edited (reference and version), or null for a new request.</param>
    /// <param name="text">The requester's language (English when null).</param>
    public static AdaptiveCard Create(RiskFormValues values, IReadOnlyList<(string Id, string Title)> policies, int maxDurationDays, int defaultDurationDays,
        IReadOnlyList<FieldError>? errors = null, (string Reference, long Version)? resubmit = null, Localizer? text = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(policies);
        text ??= RiskLanguage.English;
        var card = new AdaptiveCard
        {
            FallbackText = resubmit is { } r ? text.Format(nameof(RiskTexts.Form_EditFallback), r.Reference) : text[nameof(RiskTexts.Form_NewTitle)],
            Body =
            {
                TextBlock.Heading(resubmit is { } e ? text.Format(nameof(RiskTexts.Form_EditTitle), e.Reference) : text[nameof(RiskTexts.Form_NewTitle)]),
                new TextBlock(text[nameof(RiskTexts.Form_Intro)])
                {
                    Wrap = true,
                    IsSubtle = true,
                    Spacing = Spacing.None,
                },
            },
        };
        if (errors is { Count: > 0 })
        {
            var box = new Container { Style = ContainerStyle.Attention, Items = { new TextBlock(text[nameof(RiskTexts.Form_PleaseCorrect)]) { Weight = TextWeight.Bolder, Color = TextColor.Attention } } };
            foreach (var error in errors.Take(15))
            {
                box.Items.Add(new TextBlock("• " + CardText.Escape(CardText.Truncate(text.Problem(error), 300))) { Wrap = true, Spacing = Spacing.None });
            }

            card.Body.Add(box);
        }

        card.Body.Add(Text(text, "title", nameof(RiskTexts.Label_Title), values.Title, nameof(RiskTexts.Placeholder_Title), RiskAcceptanceDetails.MaxTitleLength, required: true));
        var policy = new ChoiceSetInput("policyId", text[nameof(RiskTexts.Label_Policy)])
        {
            Style = ChoiceInputStyle.Compact,
            Placeholder = text[nameof(RiskTexts.Form_PolicyNone)],
            Value = values.PolicyId,
        };
        policy.Choices.AddRange(policies.Select(p => new Choice(CardText.Plain(CardText.Truncate(p.Title, 100)), p.Id)));
        if (values.PolicyId is { Length: > 0 } chosen && policies.All(p => p.Id != chosen))
        {
            policy.Choices.Add(new Choice(CardText.Plain(CardText.Truncate(chosen, 64)), CardText.Truncate(chosen, 64)));
        }

        card.Body.Add(policy);
        card.Body.Add(Text(text, "section", nameof(RiskTexts.Label_Section), values.Section, null, RiskAcceptanceDetails.MaxSectionLength, required: false));
        card.Body.Add(Text(text, "asset", nameof(RiskTexts.Label_Asset), values.Asset, nameof(RiskTexts.Placeholder_Asset), RiskAcceptanceDetails.MaxAssetLength, required: true));
        card.Body.Add(Text(text, "description", nameof(RiskTexts.Label_Description), values.Description, null, RiskAcceptanceDetails.MaxTextLength, required: true, multiline: true));
        card.Body.Add(Scale(text, "likelihood", nameof(RiskTexts.Label_Likelihood), nameof(RiskTexts.Error_ChooseLikelihood), LikelihoodKeys, values.Likelihood));
        card.Body.Add(Scale(text, "impact", nameof(RiskTexts.Label_Impact), nameof(RiskTexts.Error_ChooseImpact), ImpactKeys, values.Impact));
        card.Body.Add(Text(text, "controls", nameof(RiskTexts.Label_Controls), values.Controls, nameof(RiskTexts.Placeholder_Controls), RiskAcceptanceDetails.MaxTextLength, required: true, multiline: true));
        card.Body.Add(Text(text, "justification", nameof(RiskTexts.Label_Justification), values.Justification, nameof(RiskTexts.Placeholder_Justification), RiskAcceptanceDetails.MaxTextLength,
            required: true, multiline: true));
        card.Body.Add(new NumberInput("durationDays", text.Format(nameof(RiskTexts.Label_Duration), maxDurationDays))
        {
            Min = 1,
            Max = maxDurationDays,
            Value = Math.Clamp(values.DurationDays ?? defaultDurationDays, 1, maxDurationDays),
            IsRequired = true,
            ErrorMessage = text.Format(nameof(RiskTexts.Error_DurationInput), maxDurationDays),
        });
        card.Body.Add(Text(text, "riskOwner", nameof(RiskTexts.Label_RiskOwner), values.RiskOwner, nameof(RiskTexts.Placeholder_RiskOwner), 256, required: false));

        var data = resubmit is { } edit
            ? new JsonObject { ["id"] = edit.Reference, ["version"] = edit.Version }
            : new JsonObject();
        card.Actions.Add(new ExecuteAction(text[resubmit is null ? nameof(RiskTexts.Form_Submit) : nameof(RiskTexts.Form_Resubmit)], resubmit is null ? RiskVerbs.SubmitRequest : RiskVerbs.Resubmit, data)
        {
            Style = ActionStyle.Positive,
        });
        return card;
    }

    private static TextInput Text(Localizer text, string id, string labelKey, string? value, string? placeholderKey, int maxLength, bool required, bool multiline = false)
    {
        var label = text[labelKey];
        return new(id, label)
        {
            Value = string.IsNullOrEmpty(value) ? null : CardText.Plain(CardText.Truncate(value, maxLength)),
            Placeholder = placeholderKey is null ? null : text[placeholderKey],
            MaxLength = maxLength,
            IsMultiline = multiline ? true : null,
            IsRequired = required ? true : null,
            ErrorMessage = required ? text.Format(nameof(RiskTexts.Form_Required), label) : null,
        };
    }

    private static ChoiceSetInput Scale(Localizer text, string id, string labelKey, string errorKey, string[] nameKeys, int? value)
    {
        var input = new ChoiceSetInput(id, text.Format(nameof(RiskTexts.Form_Scale), text[labelKey]))
        {
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = text[errorKey],
            Value = value is >= RiskScore.Min and <= RiskScore.Max ? value.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        input.Choices.AddRange(nameKeys.Select((key, i) => new Choice($"{i + 1} — {text[key]}", (i + 1).ToString(CultureInfo.InvariantCulture))));
        return input;
    }
}
