using System.Text.Json.Nodes;
using SecurityBot.Cards;
using SecurityBot.RiskAcceptances.Teams.Resources;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The buttons of a risk card for one viewer. Their data carries the reference, the version shown and the stage
/// asked about — the server checks all three and decides on its own who may act.
/// </summary>
internal static class RiskCardActions
{
    public static void Add(AdaptiveCard card, RiskAcceptance risk, RiskCardViewer viewer, int maxDurationDays, Localizer text) =>
        card.Actions.AddRange(For(risk, viewer, maxDurationDays, text));

    /// <summary>
    /// Whether <paramref name="viewer"/> gets any button now, i.e. sees the card differently from a read-only viewer:
    /// the people a card's refresh is for.
    /// </summary>
    public static bool HasAny(RiskAcceptance risk, RiskCardViewer viewer) =>
        For(risk, viewer, RiskAcceptanceOptions.AbsoluteMaxDurationDays, RiskLanguage.English).Any();

    private static IEnumerable<CardAction> For(RiskAcceptance risk, RiskCardViewer viewer, int maxDurationDays, Localizer text)
    {
        if (viewer.MayDecide && risk.Status == RiskAcceptanceStatus.PendingApproval)
        {
            var data = Data(risk, withStage: true);
            yield return new ExecuteAction(text[nameof(RiskTexts.Action_Approve)], RiskVerbs.Approve, data) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None };
            yield return CommentCard(text, text[nameof(RiskTexts.Action_Reject)], RiskVerbs.Reject, "rejectComment", text[nameof(RiskTexts.Prompt_Reject)], Data(risk, withStage: true),
                ActionStyle.Destructive);
            yield return CommentCard(text, text[nameof(RiskTexts.Action_RequestChanges)], RiskVerbs.RequestChanges, "changesComment", text[nameof(RiskTexts.Prompt_Changes)],
                Data(risk, withStage: true), null);
            yield break;
        }

        var mine = viewer.UserId is { } id && (risk.IsRequester(id) || risk.IsRiskOwner(id));
        if (!mine)
        {
            yield break;
        }

        if (risk.Status == RiskAcceptanceStatus.ChangesRequested && risk.IsRequester(viewer.UserId))
        {
            yield return new ExecuteAction(text[nameof(RiskTexts.Action_EditResubmit)], RiskVerbs.Edit, Data(risk, withStage: false)) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None };
        }

        if (risk.CanWithdraw(viewer.UserId))
        {
            // Behind a confirmation: one press must not end a request by accident.
            yield return new ShowCardAction(text[nameof(RiskTexts.Action_Withdraw)], new AdaptiveCard
            {
                Body = { new TextBlock(text.Format(risk.IsRenewal ? nameof(RiskTexts.Prompt_WithdrawRenewal) : nameof(RiskTexts.Prompt_Withdraw), risk.Reference)) { Wrap = true } },
                Actions =
                {
                    new ExecuteAction(text[nameof(RiskTexts.Action_ConfirmWithdraw)], RiskVerbs.Withdraw, Data(risk, withStage: false))
                    {
                        Style = ActionStyle.Destructive,
                        AssociatedInputs = AssociatedInputs.None,
                    },
                },
            });
        }

        if (risk.Status is RiskAcceptanceStatus.Accepted or RiskAcceptanceStatus.Expired)
        {
            var renew = new AdaptiveCard
            {
                Body =
                {
                    new NumberInput("durationDays", text.Format(nameof(RiskTexts.Prompt_Renew), maxDurationDays))
                    {
                        Min = 1,
                        Max = maxDurationDays,
                        Value = Math.Min(risk.RequestedDays, maxDurationDays),
                        IsRequired = true,
                        ErrorMessage = text.Format(nameof(RiskTexts.Error_DurationInput), maxDurationDays),
                    },
                },
                Actions = { new ExecuteAction(text[nameof(RiskTexts.Action_SubmitRenewal)], RiskVerbs.Renew, Data(risk, withStage: false)) { Style = ActionStyle.Positive } },
            };
            yield return new ShowCardAction(text[nameof(RiskTexts.Action_Renew)], renew);
        }

        if (risk.Status is RiskAcceptanceStatus.Accepted or RiskAcceptanceStatus.Expired || risk.IsRenewal)
        {
            yield return new ExecuteAction(text[nameof(RiskTexts.Action_MarkRemediated)], RiskVerbs.Remediate, Data(risk, withStage: false)) { AssociatedInputs = AssociatedInputs.None };
        }
    }

    /// <summary>The data every risk button carries: which request, which version, and (for decisions) which stage.</summary>
    public static JsonObject Data(RiskAcceptance risk, bool withStage)
    {
        var data = new JsonObject { ["id"] = risk.Reference, ["version"] = risk.Version };
        if (withStage)
        {
            data["stage"] = risk.CurrentStageIndex;
        }

        return data;
    }

    private static ShowCardAction CommentCard(Localizer text, string title, string verb, string inputId, string label, JsonObject data, ActionStyle? style) =>
        new(title, new AdaptiveCard
        {
            Body =
            {
                new TextInput(inputId, label)
                {
                    IsMultiline = true,
                    IsRequired = true,
                    MaxLength = RiskAcceptanceDetails.MaxTextLength,
                    ErrorMessage = text[nameof(RiskTexts.Error_CommentRequired)],
                },
            },
            Actions = { new ExecuteAction(title, verb, data) { Style = style } },
        });
}
