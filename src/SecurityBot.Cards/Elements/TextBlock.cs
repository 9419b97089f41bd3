namespace SecurityBot.Cards;

/// <summary>
/// A block of text. <see cref="Text"/> is markdown: put only text the bot wrote there, and user text through
/// <see cref="FromUserText"/> (escaped) or in a <see cref="RichTextBlock"/> of <see cref="TextRun"/>s (not markdown).
/// </summary>
public sealed class TextBlock(string text) : CardElement
{
    /// <summary>Markdown text (bold, italic, lists, links) written by the bot.</summary>
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    public TextSize? Size { get; set; }
    public TextWeight? Weight { get; set; }
    public TextColor? Color { get; set; }
    public FontType? FontType { get; set; }
    public bool? IsSubtle { get; set; }

    /// <summary>Wraps long text instead of cutting it with an ellipsis; <see cref="FromUserText"/> sets it.</summary>
    public bool? Wrap { get; set; }

    public int? MaxLines { get; set; }
    public HorizontalAlignment? HorizontalAlignment { get; set; }
    public TextBlockStyle? Style { get; set; }

    /// <summary>A bold, medium-size heading (announced as a heading by screen readers).</summary>
    public static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    /// <summary>
    /// Text typed by a user (or any outside source): truncated to <paramref name="maxLength"/>, markdown, mentions
    /// and links neutralised, wrapped.
    /// </summary>
    public static TextBlock FromUserText(string? text, int maxLength = CardText.DefaultMaxLength) =>
        new(CardText.Escape(CardText.Truncate(text, maxLength))) { Wrap = true };
}
