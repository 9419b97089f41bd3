using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The post-incident review in the room: the form (posted when the incident is resolved, and shown again with the
/// errors when a save is refused, keeping what was typed) and the saved review as a read-only record. Input values
/// are shown literally (made plain); everything else from users is escaped.
/// </summary>
internal static class ReviewCard
{
    public static AdaptiveCard Form(string incidentNumber, string title, ReviewInput values, IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        var card = new AdaptiveCard { FallbackText = $"Post-incident review of {incidentNumber}" };
        card.Body.Add(TextBlock.Heading($"📝 Post-incident review — {incidentNumber}"));
        card.Body.Add(TextBlock.FromUserText(title, 300));
        card.Body.Add(new TextBlock("Write it together while it is fresh. Anyone in this room can save it; saving again replaces it (every version stays in the audit log).")
        { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        if (errors.Count > 0)
        {
            card.Body.Add(new Container(
                new TextBlock("**The review was not saved**") { Wrap = true, Color = TextColor.Attention },
                new TextBlock(string.Join("\n\n", errors.Select(e => "• " + CardText.Escape(e)))) { Wrap = true })
            {
                Style = ContainerStyle.Attention,
            });
        }

        card.Body.Add(Input("whatHappened", "What happened", values.WhatHappened, ReviewDraft.MaxWhatHappenedLength, required: true));
        card.Body.Add(Input("impact", "Impact", values.Impact, ReviewDraft.MaxSectionLength));
        card.Body.Add(Input("rootCause", "Root cause", values.RootCause, ReviewDraft.MaxSectionLength));
        card.Body.Add(Input("wentWell", "What went well", values.WentWell, ReviewDraft.MaxSectionLength));
        card.Body.Add(Input("toChange", "What to change", values.ToChange, ReviewDraft.MaxSectionLength));
        var actions = Input("actions", "Follow-up actions, one per line: " + FollowUpLines.Format, values.Actions, 8000);
        actions.Placeholder = "jin.park@contoso.com | 2026-12-20 | Enforce MFA on the VPN";
        card.Body.Add(actions);
        card.Actions.Add(new ExecuteAction("Save review", ReviewVerbs.Save, new JsonObject { ["incident"] = incidentNumber }) { Style = ActionStyle.Positive });
        return card;
    }

    public static AdaptiveCard Record(CrisisRoom room, PostIncidentReview review)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(review);
        var card = new AdaptiveCard { FallbackText = $"Post-incident review of {review.IncidentNumber}" };
        card.Body.Add(TextBlock.Heading($"📝 Post-incident review — {review.IncidentNumber}"));
        card.Body.Add(TextBlock.FromUserText(room.Topic, CrisisRoom.MaxTopicLength));
        card.Body.Add(new TextBlock($"Revision {review.Revision.ToString(CultureInfo.InvariantCulture)}, saved by {CardText.Escape(review.AuthorName)} {CardText.ViewerTime(review.SavedAt)}.")
        { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        Section(card, "What happened", review.WhatHappened, ReviewDraft.MaxWhatHappenedLength);
        Section(card, "Impact", review.Impact, ReviewDraft.MaxSectionLength);
        Section(card, "Root cause", review.RootCause, ReviewDraft.MaxSectionLength);
        Section(card, "What went well", review.WentWell, ReviewDraft.MaxSectionLength);
        Section(card, "What to change", review.ToChange, ReviewDraft.MaxSectionLength);
        card.Body.Add(new TextBlock("**Follow-up actions**") { Wrap = true, Spacing = Spacing.Medium });
        var actions = review.Actions.OrderBy(a => a.Number).ToList();
        if (actions.Count == 0)
        {
            card.Body.Add(new TextBlock("None.") { Wrap = true, IsSubtle = true });
        }

        foreach (var action in actions)
        {
            var state = action.IsDone ? $"✅ done by {CardText.Escape(action.DoneByName)}" : $"due {action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            card.Body.Add(new TextBlock($"#{action.Number.ToString(CultureInfo.InvariantCulture)} {CardText.Escape(action.Text)} — {CardText.Escape(action.OwnerName)}, {state}")
            { Wrap = true });
        }

        card.Body.Add(new TextBlock("Owners are reminded in their chat with SecurityBot on the due date. Type \"export\" here for the whole record as Markdown.")
        { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return card;
    }

    private static TextInput Input(string id, string label, string? value, int maxLength, bool required = false) =>
        new(id, label)
        {
            IsMultiline = true,
            MaxLength = maxLength,
            Value = string.IsNullOrEmpty(value) ? null : CardText.Plain(CardText.Truncate(value, maxLength)),
            IsRequired = required ? true : null,
            ErrorMessage = required ? "Say what happened." : null,
        };

    private static void Section(AdaptiveCard card, string heading, string? text, int maxLength)
    {
        card.Body.Add(new TextBlock($"**{heading}**") { Wrap = true, Spacing = Spacing.Medium });
        card.Body.Add(text is null ? new TextBlock("Not stated.") { Wrap = true, IsSubtle = true } : TextBlock.FromUserText(text, maxLength));
    }
}
