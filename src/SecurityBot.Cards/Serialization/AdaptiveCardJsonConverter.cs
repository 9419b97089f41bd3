using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityBot.Cards.Serialization;

/// <summary>
/// Writes an <see cref="AdaptiveCard"/> with <see cref="CardJson.Options"/>, ignoring the caller's options, so a card
/// placed in an <c>object</c>-typed property (Attachment.Content) comes out the same as <c>card.ToJson()</c>.
/// Cards are built by the bot, never read back, so reading is not supported.
/// </summary>
internal sealed class AdaptiveCardJsonConverter : JsonConverter<AdaptiveCard>
{
    public override AdaptiveCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Adaptive Cards are built with the SecurityBot.Cards builders, not parsed.");

    public override void Write(Utf8JsonWriter writer, AdaptiveCard card, JsonSerializerOptions options)
    {
        var inner = CardJson.Options;
        writer.WriteStartObject();
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("$schema", AdaptiveCard.SchemaUrl);
        writer.WriteString("version", card.Version);
        if (card.FallbackText is not null)
        {
            writer.WriteString("fallbackText", card.FallbackText);
        }

        writer.WritePropertyName("body");
        JsonSerializer.Serialize(writer, card.Body, inner);
        if (card.Actions.Count > 0)
        {
            writer.WritePropertyName("actions");
            JsonSerializer.Serialize(writer, card.Actions, inner);
        }

        if (card.Refresh is not null)
        {
            writer.WritePropertyName("refresh");
            JsonSerializer.Serialize(writer, card.Refresh, inner);
        }

        if (card.MsTeams is not null)
        {
            writer.WritePropertyName("msteams");
            JsonSerializer.Serialize(writer, card.MsTeams, inner);
        }

        writer.WriteEndObject();
    }
}
