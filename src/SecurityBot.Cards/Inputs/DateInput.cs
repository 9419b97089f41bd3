namespace SecurityBot.Cards;

/// <summary>Input.Date; values travel as yyyy-MM-dd.</summary>
public sealed class DateInput(string id, string? label = null) : CardInput(id, label)
{
    public DateOnly? Value { get; set; }
    public DateOnly? Min { get; set; }
    public DateOnly? Max { get; set; }
    public string? Placeholder { get; set; }
}
