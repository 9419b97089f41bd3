using System.Text.Json;

namespace SecurityBot.FunctionalTests;

/// <summary>Every string property with one of the given names anywhere in a card's JSON, in document order, for assertions.</summary>
public static class CardTexts
{
    public static List<string> Collect(JsonElement element, params string[] names)
    {
        var texts = new List<string>();
        Walk(element, names, texts);
        return texts;
    }

    private static void Walk(JsonElement element, string[] names, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && names.Contains(property.Name))
                    {
                        texts.Add(property.Value.GetString()!);
                    }

                    Walk(property.Value, names, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, names, texts);
                }

                break;
        }
    }
}
