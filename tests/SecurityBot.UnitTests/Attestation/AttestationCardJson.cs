using System.Text.Json;
using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>Reads an attestation card's JSON the way a client does: its markdown texts, its input values, its buttons' data.</summary>
internal static class AttestationCardJson
{
    /// <summary>Every markdown string (TextBlock text, Fact title and value), including show-cards' bodies.</summary>
    public static IReadOnlyList<string> Markdown(AdaptiveCard card)
    {
        var texts = new List<string>();
        Walk(card.ToJsonElement(), texts, null);
        return texts;
    }

    /// <summary>The markdown as a reader sees it: escapes and invisible breakers gone (for wording and numbers, not for escaping).</summary>
    public static IReadOnlyList<string> Shown(AdaptiveCard card) =>
        [.. Markdown(card).Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"\\(.)", "$1").Replace("\u200B", string.Empty, StringComparison.Ordinal))];

    /// <summary>The data of every Action.Execute, nested ones included.</summary>
    public static IReadOnlyList<JsonElement> ExecuteData(AdaptiveCard card)
    {
        var data = new List<JsonElement>();
        Walk(card.ToJsonElement(), null, data);
        return data;
    }

    /// <summary>An input's value by id.</summary>
    public static string? InputValue(AdaptiveCard card, string id) =>
        card.ToJsonElement().GetProperty("body").EnumerateArray()
            .FirstOrDefault(e => e.TryGetProperty("id", out var i) && i.GetString() == id) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    /// <summary>None of <see cref="AttestationCardExamples.Hostile"/>'s markup survives in the card's markdown.</summary>
    public static void ShouldBeEscaped(AdaptiveCard card)
    {
        var all = string.Join("\n", Markdown(card));
        all.Should().Contain("Urgent", "the hostile text is on the card, escaped");
        all.Should().NotContain("**Urgent**").And.NotContain("[click](").And.NotContain("<at>").And.NotContain("https://evil")
            .And.NotContain("{{DATE(2026-01-01").And.NotContain("\n# heading").And.NotContain("\n1. www").And.NotContain("www.evil")
            .And.NotContain("mail@evil");
    }

    private static void Walk(JsonElement element, List<string>? texts, List<JsonElement>? data)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, texts, data);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "TextBlock")
        {
            texts?.Add(element.GetProperty("text").GetString()!);
        }
        else if (type == "Action.Execute" && element.TryGetProperty("data", out var d))
        {
            data?.Add(d);
        }
        else if (type == "FactSet")
        {
            foreach (var fact in element.GetProperty("facts").EnumerateArray())
            {
                texts?.Add(fact.GetProperty("title").GetString()!);
                texts?.Add(fact.GetProperty("value").GetString()!);
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            Walk(property.Value, texts, data);
        }
    }
}
