using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Crisis.Teams;

/// <summary>
/// A follow-up as its owner sees it (the reminder with "Done", and the answer to "Done"), and the lead's overdue notice.
/// Notice cards escape their text themselves, so it goes to them raw; the reminder escapes its own.
/// </summary>
internal static class FollowUpCard
{
    public static AdaptiveCard Reminder(string incidentNumber, FollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var number = action.Number.ToString(CultureInfo.InvariantCulture);
        var card = new AdaptiveCard { FallbackText = $"Follow-up #{number} of {incidentNumber} is due" };
        card.Body.Add(TextBlock.Heading($"⏰ Follow-up #{number} of {incidentNumber} is due"));
        card.Body.Add(new TextBlock($"Follow-up #{number} of {incidentNumber} is due: {CardText.Escape(CardText.Truncate(action.Text, FollowUpAction.MaxTextLength))}") { Wrap = true });
        card.Body.Add(new FactSet(
            new Fact("Due", action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new Fact("Reminder", $"{action.Reminders.ToString(CultureInfo.InvariantCulture)} of {FollowUpAction.MaxReminders.ToString(CultureInfo.InvariantCulture)}")));
        card.Body.Add(new TextBlock("Press Done when it is done; until then you are reminded every two days.") { Wrap = true, IsSubtle = true });
        card.Actions.Add(new ExecuteAction("Done", ReviewVerbs.FollowUpDone, new JsonObject { ["incident"] = incidentNumber, ["action"] = action.Number })
        {
            Style = ActionStyle.Positive,
            AssociatedInputs = AssociatedInputs.None,
        });
        return card;
    }

    public static AdaptiveCard Done(string incidentNumber, FollowUpAction action, string message)
    {
        ArgumentNullException.ThrowIfNull(action);
        return NoticeCard.Success(
            $"Follow-up #{action.Number.ToString(CultureInfo.InvariantCulture)} of {incidentNumber} is done",
            $"{CardText.Truncate(action.Text, FollowUpAction.MaxTextLength)} — marked done by {action.DoneByName ?? "someone"}.",
            message);
    }

    public static AdaptiveCard Overdue(string incidentNumber, FollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return NoticeCard.Warning(
            $"Follow-up #{action.Number.ToString(CultureInfo.InvariantCulture)} of {incidentNumber} is still open",
            $"{action.OwnerName} was reminded {FollowUpAction.MaxReminders.ToString(CultureInfo.InvariantCulture)} times since it was due on {action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {CardText.Truncate(action.Text, FollowUpAction.MaxTextLength)}",
            "No more reminders are sent. Talk to the owner, or mark it done on their behalf (as security lead).");
    }
}
