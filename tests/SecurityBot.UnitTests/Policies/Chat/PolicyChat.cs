using System.Text.Json;
using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

/// <summary>The policy feature's Teams side wired to the shipped library, and helpers to read the cards it builds.</summary>
internal static class PolicyChat
{
    public static PolicyResponder Responder { get; } = new(StarterLibrary.Instance, StarterLibrary.Instance);

    /// <summary>Every "text" value in the card, depth first.</summary>
    public static List<string> Texts(JsonElement element)
    {
        var texts = new List<string>();
        Walk(element, e =>
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                texts.Add(t.GetString()!);
            }
        });
        return texts;
    }

    /// <summary>Every action (body action sets and card actions) in the card, depth first.</summary>
    public static List<JsonElement> Actions(JsonElement element)
    {
        var actions = new List<JsonElement>();
        Walk(element, e =>
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Action.", StringComparison.Ordinal))
            {
                actions.Add(e);
            }
        });
        return actions;
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        visit(element);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, visit);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit);
                }

                break;
        }
    }
}
