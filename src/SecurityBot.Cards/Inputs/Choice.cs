namespace SecurityBot.Cards;

/// <summary>One option of a <see cref="ChoiceSetInput"/>: <see cref="Title"/> is shown, <see cref="Value"/> is submitted.</summary>
public sealed record Choice(string Title, string Value);
