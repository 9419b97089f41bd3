using SecurityBot.Cards;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The "Report to security" task module: the message being reported (sender as the directory knows them, where it
/// was posted, its text), what kind of thing it is, what the reporter wants to add and whether they clicked or replied.
/// The message itself is not a form field: on submit the server reads it again from Teams' payload.
/// </summary>
internal static class MessageReportForm
{
    public const int MaxNoteLength = 2000;
    public const string DefaultCategory = "social-engineering";

    public static AdaptiveCard Create(QuotedMessage message, ReportFormValues? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        values ??= new ReportFormValues(Category: DefaultCategory);
        var card = new AdaptiveCard { FallbackText = "Report a message to security" };
        card.Body.Add(TextBlock.Heading("Report this message to security"));
        if (errors is { Count: > 0 })
        {
            card.Body.Add(new Container(
                new TextBlock("Please fix the following") { Weight = TextWeight.Bolder, Color = TextColor.Attention },
                new TextBlock(string.Join("\n\n", errors.Select(e => "• " + CardText.Escape(e.Message)))) { Wrap = true })
            {
                Style = ContainerStyle.Attention,
                Bleed = true,
            });
        }

        var sender = IncidentCardParts.EscapedUserText($"{message.AuthorName} ({IncidentSourceSection.Describe(message.AuthorKind)})", 300);
        card.Body.Add(new Container(
            new TextBlock($"From {sender} in {IncidentSourceSection.Describe(message.Conversation)}") { Wrap = true, Weight = TextWeight.Bolder },
            IncidentCardParts.UserText(message.Text.Length == 0 ? "(no text: an image, file or card)" : message.Text, 800))
        {
            Style = ContainerStyle.Emphasis,
        });
        card.Body.Add(new TextBlock("The security team gets the message as it is, with its sender and link; links in it are not opened.")
        {
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
        });
        card.Body.Add(new ChoiceSetInput("category", "What does it look like?")
        {
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = "Choose a category.",
            Value = IncidentCategories.TryParseKey(values.Category, out var chosen) ? chosen.Key() : DefaultCategory,
        }.WithChoices(IncidentCategories.All.Select(c => new Choice(c.Title(), c.Key()))));
        card.Body.Add(new TextInput("description", "Anything to add? (optional)")
        {
            IsMultiline = true,
            MaxLength = MaxNoteLength,
            Placeholder = "e.g. They say they are from IT and asked for my MFA code",
            Value = string.IsNullOrEmpty(values.Description) ? null : CardText.Plain(CardText.Truncate(values.Description, MaxNoteLength)),
        });
        card.Body.Add(new ToggleInput("clicked", "I clicked a link, opened a file, replied or gave information")
        {
            Value = values.Clicked ? "true" : "false",
            ValueOn = "true",
            ValueOff = "false",
            Wrap = true,
        });
        card.Actions.Add(new SubmitAction("Report to security") { Style = ActionStyle.Positive });
        return card;
    }
}
