namespace SecurityBot.Cards;

/// <summary>Input.ChoiceSet: a dropdown (<see cref="ChoiceInputStyle.Compact"/>) or radio buttons/checkboxes (Expanded).</summary>
public sealed class ChoiceSetInput(string id, string? label = null) : CardInput(id, label)
{
    public List<Choice> Choices { get; } = [];

    public ChoiceInputStyle? Style { get; set; }
    public bool? IsMultiSelect { get; set; }

    /// <summary>Selected value(s); comma-separated when multi-select.</summary>
    public string? Value { get; set; }

    public string? Placeholder { get; set; }
    public bool? Wrap { get; set; }

    public ChoiceSetInput WithChoices(params IEnumerable<Choice> choices)
    {
        Choices.AddRange(choices);
        return this;
    }
}
