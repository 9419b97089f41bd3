using System.Globalization;
using System.Text.RegularExpressions;

namespace SecurityBot.Metrics.Domain;

/// <summary>
/// The half-open interval [From, To) the figures cover, and its name. Periods are counted in the asker's time zone
/// (a week starts on Monday at local midnight) and held as instants; the previous period is the same length, just
/// before.
/// </summary>
internal sealed partial record MetricsPeriod(DateTimeOffset From, DateTimeOffset To, string Label)
{
    /// <summary>The longest period asked for: a year and a day (a whole leap year with a day's slack).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(367);

    public const string Usage = "Periods: `week` (this week), `last week`, `30d` (the last 30 days, the default), `quarter` (this quarter), `last quarter`, or dates `2026-10-01..2026-12-31`.";

    public TimeSpan Length => To - From;

    public MetricsPeriod Previous => new(From - Length, From, "the previous " + Length.TotalDays.ToString("0.#", CultureInfo.InvariantCulture) + " days");

    /// <summary>Reads what follows "metrics" (case-insensitive); an empty text is the last 30 days.</summary>
    public static bool TryParse(string? text, DateTimeOffset now, TimeZoneInfo zone, out MetricsPeriod period, out string error)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var words = string.Join(' ', (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
        var today = LocalDay(now, zone);
        error = string.Empty;
        switch (words)
        {
            case "" or "30d" or "30 days" or "last 30 days" or "month":
                period = new MetricsPeriod(now.AddDays(-30), now, "the last 30 days");
                return true;
            case "week" or "this week":
                period = new MetricsPeriod(Midnight(StartOfWeek(today), zone), now, "this week");
                return true;
            case "last week":
                var monday = StartOfWeek(today);
                period = new MetricsPeriod(Midnight(monday.AddDays(-7), zone), Midnight(monday, zone), "last week");
                return true;
            case "quarter" or "this quarter":
                period = new MetricsPeriod(Midnight(StartOfQuarter(today), zone), now, QuarterName(StartOfQuarter(today)) + " so far");
                return true;
            case "last quarter":
                var start = StartOfQuarter(today).AddMonths(-3);
                period = new MetricsPeriod(Midnight(start, zone), Midnight(start.AddMonths(3), zone), QuarterName(start));
                return true;
        }

        return TryParseDates(words, zone, out period, out error);
    }

    private static bool TryParseDates(string words, TimeZoneInfo zone, out MetricsPeriod period, out string error)
    {
        period = null!;
        var match = DateRange().Match(words);
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups["from"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(match.Groups["to"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            error = "I don't know that period. " + Usage;
            return false;
        }

        if (to < from)
        {
            error = "The period ends before it starts. " + Usage;
            return false;
        }

        // The end date is included: the period runs to the next local midnight.
        period = new MetricsPeriod(Midnight(from, zone), Midnight(to.AddDays(1), zone),
            string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}"));
        if (period.Length > Longest)
        {
            error = "A period can be at most a year long.";
            period = null!;
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>The calendar day <paramref name="at"/> falls on in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The Monday of <paramref name="day"/>'s week (weeks start on Monday).</summary>
    public static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly StartOfQuarter(DateOnly day) => new(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);

    private static string QuarterName(DateOnly start) => string.Create(CultureInfo.InvariantCulture, $"Q{((start.Month - 1) / 3) + 1} {start.Year}");

    /// <summary>Local midnight of <paramref name="day"/> as an instant (a midnight skipped by a clock change moves to the next valid time).</summary>
    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [GeneratedRegex(@"^(from\s+)?(?<from>\d{4}-\d{2}-\d{2})\s*(\.\.|to|-|–)\s*(?<to>\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DateRange();
}
