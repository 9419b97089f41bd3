using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// A short, clearly coloured message: what happened and what to do next. All text is escaped, so a message may
/// quote what the user typed ("No incident 'INC-12'").
/// </summary>
public static class NoticeCard
{
    public static AdaptiveCard Error(string title, string message, string? hint = null) => Create(NoticeKind.Error, title, message, hint);

    public static AdaptiveCard Warning(string title, string message, string? hint = null) => Create(NoticeKind.Warning, title, message, hint);

    public static AdaptiveCard Info(string title, string message, string? hint = null) => Create(NoticeKind.Info, title, message, hint);

    public static AdaptiveCard Success(string title, string message, string? hint = null) => Create(NoticeKind.Success, title, message, hint);

    /// <param name="kind">Sets the colour and the symbol before the title.</param>
    /// <param name="title">One line: what happened.</param>
    /// <param name="message">Details.</param>
    /// <param name="hint">Optional next step, e.g. "Type help to see the commands."</param>
    /// <param name="actions">Optional buttons, e.g. a retry.</param>
    public static AdaptiveCard Create(NoticeKind kind, string title, string message, string? hint = null, params IEnumerable<CardAction> actions)
    {
        var (style, color, symbol) = kind switch
        {
            NoticeKind.Success => (ContainerStyle.Good, TextColor.Good, "✓"),
            NoticeKind.Warning => (ContainerStyle.Warning, TextColor.Warning, "⚠"),
            NoticeKind.Error => (ContainerStyle.Attention, TextColor.Attention, "✕"),
            _ => (ContainerStyle.Emphasis, TextColor.Default, "ℹ"),
        };
        var box = new Container
        {
            Style = style,
            Bleed = true,
            Items =
            {
                new TextBlock($"{symbol} {CardText.Escape(CardText.Truncate(title, 200))}")
                {
                    Weight = TextWeight.Bolder,
                    Color = color,
                    Wrap = true,
                    Style = TextBlockStyle.Heading,
                },
                TextBlock.FromUserText(message),
            },
        };
        if (!string.IsNullOrWhiteSpace(hint))
        {
            box.Items.Add(new TextBlock(CardText.Escape(CardText.Truncate(hint, 500))) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        }

        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain(CardText.Truncate($"{title}: {message}", 300)),
            Body = { box },
        };
        card.Actions.AddRange(actions);
        return card;
    }
}
