namespace SecurityBot.Cards;

/// <summary>Input.Text. Whatever the user types comes back as data: bound it server-side too, never trust maxLength alone.</summary>
public sealed class TextInput(string id, string? label = null) : CardInput(id, label)
{
    public string? Placeholder { get; set; }

    /// <summary>Pre-filled value; shown literally (inputs are not markdown).</summary>
    public string? Value { get; set; }

    public bool? IsMultiline { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>Client-side check only: the server validates again.</summary>
    public string? Regex { get; set; }

    public TextInputStyle? Style { get; set; }
}
