using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>A mention entity: Teams replaces <see cref="Text"/> in the card with a mention of <see cref="Mentioned"/>.</summary>
public sealed record TeamsMention(string Text, TeamsMentioned Mentioned)
{
    /// <summary>Always "mention".</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "mention";
}
