using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityBot.BotFramework.Schema;

/// <summary>The JSON conventions of the Bot Framework protocol: camelCase, nulls omitted, case-insensitive reads.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Protocol payloads are untrusted: bound the nesting a hostile body can make us walk.
            MaxDepth = 64,
        };
        options.Converters.Add(new NullSkippingListConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads a JSON value (typically Activity.Value or ChannelData) as <typeparamref name="T"/>; null when absent or of another shape.</summary>
    public static T? Convert<T>(object? value)
        where T : class
    {
        try
        {
            return value switch
            {
                null => null,
                T typed => typed,
                JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
                JsonElement element => element.Deserialize<T>(Options),
                _ => JsonSerializer.SerializeToElement(value, Options).Deserialize<T>(Options),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
