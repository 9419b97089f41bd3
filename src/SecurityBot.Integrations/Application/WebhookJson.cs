using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityBot.Integrations.Application;

/// <summary>How envelopes are written: camelCase names, enums as camelCase strings, instants as ISO 8601 with offset.</summary>
internal static class WebhookJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<TData>(WebhookEnvelope<TData> envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <summary>An enum value as the payload spells it ("severityChanged").</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
