using System.Globalization;
using System.Text.Json;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// Reads Action.Execute data (the card's data merged with its input values). All of it is untrusted: values of the
/// wrong type are treated as absent, and strings are bounded before anything else sees them.
/// </summary>
internal static class CardData
{
    private const int MaxFieldLength = 20_000;

    public static string? String(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > MaxFieldLength } ? text[..MaxFieldLength] : text;
    }

    /// <summary>The incident number and card version the action refers to; false when either is missing or malformed.</summary>
    public static bool TryGetIncident(JsonElement data, out long number, out long version)
    {
        version = 0;
        return IncidentNumber.TryParse(String(data, "incident"), out number)
            && long.TryParse(String(data, "version"), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
