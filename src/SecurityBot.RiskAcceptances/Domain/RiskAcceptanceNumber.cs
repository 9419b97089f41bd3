using System.Globalization;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>The human number of a risk acceptance, "RA-000017": prefix and six digits (more once past 999,999).</summary>
internal static class RiskAcceptanceNumber
{
    public const string Prefix = "RA-";

    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return Prefix + number.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses "RA-000017", "ra-17" or "17"; false for anything else.</summary>
    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[Prefix.Length..];
        }

        return value.Length is > 0 and <= 9 && value.All(char.IsAsciiDigit)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
