using System.Text.Json.Nodes;

namespace SecurityBot.FunctionalTests.Regional;

/// <summary>Activities as a Teams client in a given zone and language sends them.</summary>
internal static class TeamsClient
{
    /// <summary>The activity as a Teams client in <paramref name="zone"/> and <paramref name="locale"/> sends it.</summary>
    public static string InZone(string activityJson, string zone, string locale)
    {
        var activity = JsonNode.Parse(activityJson)!.AsObject();
        activity["locale"] = locale;
        activity["localTimezone"] = zone;
        var entities = activity["entities"] as JsonArray ?? [];
        foreach (var entity in entities.OfType<JsonObject>().Where(e => (string?)e["type"] == "clientInfo"))
        {
            entity["timezone"] = zone;
            entity["locale"] = locale;
        }

        activity["entities"] = entities.Count > 0 ? entities : new JsonArray(new JsonObject { ["type"] = "clientInfo", ["timezone"] = zone, ["locale"] = locale });
        return activity.ToJsonString();
    }
}
