using System.Globalization;

namespace SecurityBot.Incidents.Domain;

/// <summary>The human-friendly incident number: "INC-" and at least six digits, e.g. INC-000042.</summary>
internal static class IncidentNumber
{
    public const string Prefix = "INC-";

    public static string Format(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return Prefix + number.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Accepts "INC-000042", "inc-42" and "42"; false for anything else.</summary>
    public static bool TryParse(string? text, out long number)
    {
        number = 0;
        var value = text?.Trim() ?? string.Empty;
        if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[Prefix.Length..];
        }

        return value.Length is > 0 and <= 12
            && value.All(char.IsAsciiDigit)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
