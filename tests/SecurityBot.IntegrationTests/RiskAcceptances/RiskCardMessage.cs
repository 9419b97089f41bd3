using System.Text.Json;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.IntegrationTests.RiskAcceptances;

/// <summary>
/// Reads what a queued risk card shows, from the real card the capability rendered (the Adaptive Card inside the
/// outbox row's activity JSON): which request and version, for whom, whether it offers the decision buttons, and the
/// headline. The fields keep the order the tests index: reference, status line, "vN", viewer, "decide"/"view", headline.
/// </summary>
internal static class RiskCardMessage
{
    private const string ApproveVerb = "risk.approve";

    public static string[] Read(OutboxMessage message)
    {
        using var json = JsonDocument.Parse(message.ActivityJson);
        var card = json.RootElement.GetProperty("attachments")[0].GetProperty("content");
        var body = card.GetProperty("body");
        var heading = body[0].GetProperty("items");
        var reference = heading[0].GetProperty("text").GetString()!.Split(' ')[0];
        var status = heading[1].GetProperty("text").GetString()!;
        var headline = body.EnumerateArray()
            .Where(e => e.TryGetProperty("style", out var style) && style.GetString() == "emphasis")
            .Select(e => e.GetProperty("items")[0].GetProperty("text").GetString()!)
            .FirstOrDefault() ?? string.Empty;
        var decides = Verbs(card).Contains(ApproveVerb);
        return [reference, status, $"v{message.EntityVersion}", message.RecipientAadObjectId ?? string.Empty, decides ? "decide" : "view", headline];
    }

    /// <summary>Every Action.Execute verb on the card, including those inside Action.ShowCard sub-cards.</summary>
    private static IEnumerable<string> Verbs(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute" && element.TryGetProperty("verb", out var verb))
            {
                yield return verb.GetString()!;
            }

            foreach (var property in element.EnumerateObject().SelectMany(p => Verbs(p.Value)))
            {
                yield return property;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Verbs))
            {
                yield return item;
            }
        }
    }
}
