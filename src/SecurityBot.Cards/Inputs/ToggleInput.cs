namespace SecurityBot.Cards;

/// <summary>Input.Toggle: a checkbox with a <see cref="Title"/>; submits <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class ToggleInput(string id, string title, string? label = null) : CardInput(id, label)
{
    public string Title { get; } = title ?? throw new ArgumentNullException(nameof(title));

    /// <summary>Initial state: "true" or "false" (or <see cref="ValueOn"/>/<see cref="ValueOff"/> if set).</summary>
    public string? Value { get; set; }

    public string? ValueOn { get; set; }
    public string? ValueOff { get; set; }
    public bool? Wrap { get; set; }
}
