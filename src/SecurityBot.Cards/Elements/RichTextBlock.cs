namespace SecurityBot.Cards;

/// <summary>A paragraph of <see cref="TextRun"/>s, each with its own style. Runs are not markdown.</summary>
public sealed class RichTextBlock : CardElement
{
    public RichTextBlock()
    {
    }

    public RichTextBlock(params IEnumerable<TextRun> inlines) => Inlines.AddRange(inlines);

    public List<TextRun> Inlines { get; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
