using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityBot.BotFramework.Schema;

/// <summary>
/// Base of every protocol object: JSON properties this model does not know (the channel adds new ones all the time)
/// are kept and written back unchanged, so a round trip never loses data.
/// </summary>
public abstract class ExtensibleObject
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
