using System.Globalization;
using System.Text.Json;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// The one reader of Action.Execute data (the card's data merged with its input values, as Teams sends it). All of it
/// is untrusted: a value of the wrong JSON kind (an object, an array, a number where text belongs) is treated as
/// absent, text is cut to the caller's limit before anything else sees it, and no shape of payload makes a read throw.
/// Teams sends every input value as a string; our own cards put versions and stages in as numbers, so whole numbers
/// are read from either. When a key appears twice the last one is read, as System.Text.Json does.
/// </summary>
public sealed class CardActionData
{
    private readonly JsonElement _data;

    public CardActionData(JsonElement data)
    {
        // An object is the only shape that names values; anything else (null, an array, a bare string) names none.
        _data = data.ValueKind == JsonValueKind.Object ? data : default;
    }

    /// <summary>A string value cut to <paramref name="maxLength"/> characters (never inside a surrogate pair); null when absent or not a string.</summary>
    public string? Text(string name, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        return TryGet(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            ? Cut(text, maxLength)
            : null;
    }

    /// <summary>A whole number sent as a JSON number or as text (surrounding spaces and a sign allowed); null otherwise, or when out of range.</summary>
    public long? WholeNumber(string name) =>
        Digits(name) is { } digits && long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>As <see cref="WholeNumber"/>, within the range of an int.</summary>
    public int? SmallWholeNumber(string name) =>
        Digits(name) is { } digits && int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// An Input.Toggle value as text: "true" or "false" for a JSON boolean, a number as written, a string as sent (cut to
    /// <paramref name="maxLength"/>); null when absent or of another kind. The caller's validation decides what the
    /// answer means, so an odd value is reported rather than silently read as "no".
    /// </summary>
    public string? Toggle(string name, int maxLength)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => Cut(value.GetRawText(), maxLength),
            _ => Text(name, maxLength),
        };
    }

    /// <summary>The text of a JSON number, or a string trimmed, to be parsed as a number.</summary>
    private string? Digits(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString()?.Trim(),
            _ => null,
        };
    }

    private static string Cut(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length];
    }

    private bool TryGet(string name, out JsonElement value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_data.ValueKind == JsonValueKind.Object)
        {
            return _data.TryGetProperty(name, out value);
        }

        value = default;
        return false;
    }
}
