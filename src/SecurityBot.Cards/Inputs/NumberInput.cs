namespace SecurityBot.Cards;

/// <summary>Input.Number with optional bounds (checked by the client; the server checks again).</summary>
public sealed class NumberInput(string id, string? label = null) : CardInput(id, label)
{
    public double? Value { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
    public string? Placeholder { get; set; }
}
