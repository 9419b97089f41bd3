using System.Globalization;
using System.Text.Json.Nodes;
using SecurityBot.Cards;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The buttons of a risk card for one viewer. Their data carries the reference, the version shown and the stage
/// asked about — the server checks all three and decides on its own who may act.
/// </summary>
internal static class RiskCardActions
{
    public static void Add(AdaptiveCard card, RiskAcceptance risk, RiskCardViewer viewer, int maxDurationDays) =>
        card.Actions.AddRange(For(risk, viewer, maxDurationDays));

    /// <summary>
    /// Whether <paramref name="viewer"/> gets any button now, i.e. sees the card differently from a read-only viewer:
    /// the people a card's refresh is for.
    /// </summary>
    public static bool HasAny(RiskAcceptance risk, RiskCardViewer viewer) =>
        For(risk, viewer, RiskAcceptanceOptions.AbsoluteMaxDurationDays).Any();

    private static IEnumerable<CardAction> For(RiskAcceptance risk, RiskCardViewer viewer, int maxDurationDays)
    {
        if (viewer.MayDecide && risk.Status == RiskAcceptanceStatus.PendingApproval)
        {
            var data = Data(risk, withStage: true);
            yield return new ExecuteAction("Approve", RiskVerbs.Approve, data) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None };
            yield return CommentCard("Reject", RiskVerbs.Reject, "rejectComment", "Why are you rejecting it? (required)", Data(risk, withStage: true), ActionStyle.Destructive);
            yield return CommentCard("Request changes", RiskVerbs.RequestChanges, "changesComment", "What should the requester change? (required)", Data(risk, withStage: true), null);
            yield break;
        }

        var mine = viewer.UserId is { } id && (risk.IsRequester(id) || risk.IsRiskOwner(id));
        if (!mine)
        {
            yield break;
        }

        if (risk.Status == RiskAcceptanceStatus.ChangesRequested && risk.IsRequester(viewer.UserId))
        {
            yield return new ExecuteAction("Edit and resubmit", RiskVerbs.Edit, Data(risk, withStage: false)) { Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None };
        }

        if (risk.Status is RiskAcceptanceStatus.Accepted or RiskAcceptanceStatus.Expired)
        {
            var renew = new AdaptiveCard
            {
                Body =
                {
                    new NumberInput("durationDays", $"Renew for how many days? (at most {maxDurationDays})")
                    {
                        Min = 1,
                        Max = maxDurationDays,
                        Value = Math.Min(risk.RequestedDays, maxDurationDays),
                        IsRequired = true,
                        ErrorMessage = string.Create(CultureInfo.InvariantCulture, $"Enter 1 to {maxDurationDays} days."),
                    },
                },
                Actions = { new ExecuteAction("Submit renewal", RiskVerbs.Renew, Data(risk, withStage: false)) { Style = ActionStyle.Positive } },
            };
            yield return new ShowCardAction("Renew", renew);
        }

        if (risk.Status is RiskAcceptanceStatus.Accepted or RiskAcceptanceStatus.Expired || risk.IsRenewal)
        {
            yield return new ExecuteAction("Mark remediated", RiskVerbs.Remediate, Data(risk, withStage: false)) { AssociatedInputs = AssociatedInputs.None };
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

    private static ShowCardAction CommentCard(string title, string verb, string inputId, string label, JsonObject data, ActionStyle? style) =>
        new(title, new AdaptiveCard
        {
            Body =
            {
                new TextInput(inputId, label)
                {
                    IsMultiline = true,
                    IsRequired = true,
                    MaxLength = RiskAcceptanceDetails.MaxTextLength,
                    ErrorMessage = "A comment is required.",
                },
            },
            Actions = { new ExecuteAction(title, verb, data) { Style = style } },
        });
}
