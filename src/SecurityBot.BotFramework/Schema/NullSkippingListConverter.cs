using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityBot.BotFramework.Schema;

/// <summary>
/// Reads a protocol list (<c>IList&lt;T&gt;</c> of objects: entities, members, attachments, compose-box parameters)
/// without its null elements, so no handler meets <c>"entities": [null]</c> (the fuzz test crashed three with it).
/// Writing is unchanged.
/// </summary>
internal sealed class NullSkippingListConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IList<>)
            && !typeToConvert.GetGenericArguments()[0].IsValueType;
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ListConverter<T> : JsonConverter<IList<T>>
    {
        public override IList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of {typeof(T).Name}.");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (JsonSerializer.Deserialize<T>(ref reader, options) is { } item)
                {
                    items.Add(item);
                }
            }

            return items;
        }

        // As the default list converter writes: each element as the declared element type.
        public override void Write(Utf8JsonWriter writer, IList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
    }
}
