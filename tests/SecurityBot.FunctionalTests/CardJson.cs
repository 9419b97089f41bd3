using System.Text.Json;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.FunctionalTests;

/// <summary>Reading the cards the bot sent (posted activities, invoke answers) for assertions.</summary>
public static class CardJson
{
    /// <summary>The text of the first card in a posted activity (all TextBlock/TextRun texts and titles joined).</summary>
    public static string CardText(PostedActivity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        using var doc = JsonDocument.Parse(posted.Body);
        return string.Join(" | ", CardTexts.Collect(doc.RootElement, "text", "title"));
    }

    /// <summary>Every text, title, message and value in the JSON, joined, for assertions.</summary>
    public static string Texts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Texts(doc.RootElement);
    }

    public static string Texts(JsonElement element)
    {
        var texts = CardTexts.Collect(element, "text", "title", "message", "value");
        return string.Join(" | ", texts).Replace("\u200B", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The card of an activity (attachments[0].content) or of an invoke response (value).</summary>
    public static JsonElement Card(JsonElement activityOrResponse) =>
        activityOrResponse.TryGetProperty("attachments", out var attachments) ? attachments[0].GetProperty("content")
        : activityOrResponse.TryGetProperty("value", out var value) ? value
        : activityOrResponse;

    /// <summary>The data of the button titled <paramref name="title"/> anywhere in the card (show cards included).</summary>
    public static JsonElement ActionData(JsonElement card, string title) =>
        Find(card, e => e.TryGetProperty("title", out var t) && t.GetString() == title && e.TryGetProperty("verb", out _))
            ?.GetProperty("data") ?? throw new InvalidOperationException($"No button '{title}' in the card.");

    public static bool HasAction(JsonElement card, string title) =>
        Find(card, e => e.TryGetProperty("title", out var t) && t.GetString() == title && e.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Action.", StringComparison.Ordinal)) is not null;

    private static JsonElement? Find(JsonElement element, Func<JsonElement, bool> match)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (match(element))
                {
                    return element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, match) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, match) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
