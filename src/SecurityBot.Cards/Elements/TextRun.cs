using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>
/// A run of text inside a <see cref="RichTextBlock"/>. Renderers show run text literally (no markdown), which makes
/// runs the natural place for user text; <see cref="FromUserText"/> still bounds it and strips control characters.
/// </summary>
public sealed class TextRun(string text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    public TextSize? Size { get; set; }
    public TextWeight? Weight { get; set; }
    public TextColor? Color { get; set; }
    public FontType? FontType { get; set; }
    public bool? IsSubtle { get; set; }
    public bool? Italic { get; set; }
    public bool? Strikethrough { get; set; }
    public bool? Highlight { get; set; }
    public bool? Underline { get; set; }

    /// <summary>User text as a run: truncated to <paramref name="maxLength"/>, control characters and tags neutralised.</summary>
    public static TextRun FromUserText(string? text, int maxLength = CardText.DefaultMaxLength) =>
        new(CardText.Plain(CardText.Truncate(text, maxLength)));
}
