namespace SecurityBot.Cards;

/// <summary>How a choice set is shown.</summary>
public enum ChoiceInputStyle { Compact, Expanded }
