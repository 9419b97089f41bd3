namespace SecurityBot.Cards;

/// <summary>One line of a <see cref="FactSet"/>. Both title and value are markdown.</summary>
public sealed record Fact(string Title, string Value)
{
    /// <summary>A fact whose value came from a user: truncated and escaped.</summary>
    public static Fact FromUserText(string title, string? value, int maxLength = CardText.DefaultMaxLength) =>
        new(title, CardText.Escape(CardText.Truncate(value, maxLength)));
}
