// TEMPORARY: stands in for the lead's Schema/BotJson.cs until READY is merged.
using System.Text.Json;

namespace SecurityBot.BotFramework.Schema;

public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
