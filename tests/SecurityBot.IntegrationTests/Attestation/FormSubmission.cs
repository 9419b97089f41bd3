using System.Text.Json.Nodes;
using SecurityBot.Cards;

namespace SecurityBot.IntegrationTests.Attestation;

/// <summary>
/// What Teams sends when a person presses an Action.Execute button of a form without touching the inputs: the
/// button's data merged with every input's current value (as strings).
/// </summary>
internal static class FormSubmission
{
    public static string Of(AdaptiveCard card, string buttonTitle)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = JsonNode.Parse(card.ToJson())!;
        var data = new JsonObject();
        foreach (var input in Inputs(json["body"]))
        {
            data[input.Id] = input.Value;
        }

        var button = json["actions"]!.AsArray().Single(a => (string?)a!["title"] == buttonTitle)!;
        foreach (var (key, value) in button["data"]?.AsObject() ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return data.ToJsonString();
    }

    private static IEnumerable<(string Id, string Value)> Inputs(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array.SelectMany(Inputs))
                {
                    yield return item;
                }

                break;
            case JsonObject element:
                if ((string?)element["type"] is { } type && type.StartsWith("Input.", StringComparison.Ordinal) && (string?)element["id"] is { } id)
                {
                    yield return (id, element["value"]?.ToString() ?? string.Empty);
                }

                foreach (var item in Inputs(element["items"]).Concat(Inputs(element["columns"])))
                {
                    yield return item;
                }

                break;
        }
    }
}
