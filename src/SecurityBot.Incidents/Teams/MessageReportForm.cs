using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;
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

    /// <param name="message">The message being reported, as Teams' payload gave it.</param>
    /// <param name="text">The reader's language (English when null).</param>
    /// <param name="values">What they chose and typed last time.</param>
    /// <param name="errors">The problems of the last submission.</param>
    public static AdaptiveCard Create(QuotedMessage message, Localizer? text = null, ReportFormValues? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        text ??= IncidentLanguage.English;
        values ??= new ReportFormValues(Category: DefaultCategory);
        var card = new AdaptiveCard { FallbackText = text[nameof(IncidentTexts.MessageReport_Fallback)] };
        card.Body.Add(TextBlock.Heading(text[nameof(IncidentTexts.MessageReport_Title)]));
        if (errors is { Count: > 0 })
        {
            card.Body.Add(new Container(
                new TextBlock(text[nameof(IncidentTexts.Form_FixThese)]) { Weight = TextWeight.Bolder, Color = TextColor.Attention },
                new TextBlock(string.Join("\n\n", errors.Select(e => "• " + CardText.Escape(text.Problem(e))))) { Wrap = true })
            {
                Style = ContainerStyle.Attention,
                Bleed = true,
            });
        }

        var sender = IncidentCardParts.EscapedUserText($"{message.AuthorName} ({text.Author(message.AuthorKind)})", 300);
        card.Body.Add(new Container(
            new TextBlock(text.Format(nameof(IncidentTexts.MessageReport_From), sender, text.Where(message.Conversation))) { Wrap = true, Weight = TextWeight.Bolder },
            IncidentCardParts.UserText(message.Text.Length == 0 ? text[nameof(IncidentTexts.MessageReport_NoText)] : message.Text, 800))
        {
            Style = ContainerStyle.Emphasis,
        });
        card.Body.Add(new TextBlock(text[nameof(IncidentTexts.MessageReport_AsIs)])
        {
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
        });
        card.Body.Add(new ChoiceSetInput("category", text[nameof(IncidentTexts.MessageReport_Category)])
        {
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = text[nameof(IncidentTexts.Report_CategoryError)],
            Value = IncidentCategories.TryParseKey(values.Category, out var chosen) ? chosen.Key() : DefaultCategory,
        }.WithChoices(IncidentCategories.All.Select(c => new Choice(text.CategoryTitle(c), c.Key()))));
        card.Body.Add(new TextInput("description", text[nameof(IncidentTexts.MessageReport_Note)])
        {
            IsMultiline = true,
            MaxLength = MaxNoteLength,
            Placeholder = text[nameof(IncidentTexts.MessageReport_NotePlaceholder)],
            Value = string.IsNullOrEmpty(values.Description) ? null : CardText.Plain(CardText.Truncate(values.Description, MaxNoteLength)),
        });
        card.Body.Add(new ToggleInput("clicked", text[nameof(IncidentTexts.MessageReport_Clicked)])
        {
            Value = values.Clicked ? "true" : "false",
            ValueOn = "true",
            ValueOff = "false",
            Wrap = true,
        });
        card.Actions.Add(new SubmitAction(text[nameof(IncidentTexts.MessageReport_Submit)]) { Style = ActionStyle.Positive });
        return card;
    }
}
