using System.Globalization;
using System.Text;

namespace SecurityBot.BotFramework.Logging;

/// <summary>
/// The one way to put a value an attacker chose (a JWT header or claim, an activity's channelId, a card's verb, an
/// invoke name) into a log message: at most <see cref="MaxLength"/> characters, with control and formatting
/// characters removed, so it can neither forge log lines (CR/LF), hide text (bidi overrides) nor flood the log.
/// Callers log the result at Debug only; Information and above carry no attacker-chosen text.
/// </summary>
public static class UntrustedLogValue
{
    public const int MaxLength = 64;

    public static string Of(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var result = new StringBuilder(Math.Min(value.Length, MaxLength) + 1);
        foreach (var rune in value.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (result.Length + rune.Utf16SequenceLength > MaxLength)
            {
                return result.Append('…').ToString();
            }

            result.Append(rune.ToString());
        }

        return result.ToString();
    }
}
