using System.Globalization;
using SecurityBot.Cards.Text.Resources;

namespace SecurityBot.Cards;

/// <summary>
/// How one reader sees instants: in their own time zone, named the way people say it ("13:00 Dublin time"), with
/// dates and clock formatted for their locale. A card many people read (a channel, a group chat) has no one right
/// zone: it uses the organisation's and shows the UTC offset, so a reader elsewhere can still work it out.
/// Only the display changes; every rule (SLAs, business hours) keeps computing in UTC and its own calendar.
/// </summary>
public sealed class TimeDisplay
{
    private static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("en-GB");
    private readonly string _datePattern;
    private readonly string _timePattern;
    private readonly Localizer _words;

    private TimeDisplay(TimeZoneInfo zone, CultureInfo culture, bool shared)
    {
        Zone = zone;
        Culture = culture;
        Shared = shared;
        _words = new Localizer(TimeTexts.ResourceManager, culture);
        ZoneName = NameOf(zone, culture);
        _datePattern = DatePattern(culture);
        _timePattern = culture.DateTimeFormat.ShortTimePattern;
    }

    /// <summary>UTC in British English: what every card showed before readers had zones; the fallback of last resort.</summary>
    public static TimeDisplay Utc { get; } = new(TimeZoneInfo.Utc, DefaultCulture, shared: false);

    public TimeZoneInfo Zone { get; }

    public CultureInfo Culture { get; }

    /// <summary>True for a card many people read: times carry the zone's UTC offset.</summary>
    public bool Shared { get; }

    /// <summary>"Dublin time", "Los Angeles time", "UTC".</summary>
    public string ZoneName { get; }

    /// <summary>One person's view: their zone and locale.</summary>
    public static TimeDisplay ForPerson(TimeZoneInfo zone, CultureInfo? culture = null) =>
        new(zone ?? throw new ArgumentNullException(nameof(zone)), culture ?? DefaultCulture, shared: false);

    /// <summary>A card many people read: the organisation's zone, each time with its UTC offset.</summary>
    public static TimeDisplay ForSharedCard(TimeZoneInfo zone, CultureInfo? culture = null) =>
        new(zone ?? throw new ArgumentNullException(nameof(zone)), culture ?? DefaultCulture, shared: true);

    /// <summary>"7 Dec 2026, 13:00 Dublin time"; on a shared card "7 Dec 2026, 13:00 Dublin time (UTC+0)".</summary>
    public string At(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var text = $"{local.ToString(_datePattern, Culture)}, {Clock(local)} {ZoneName}";
        return Shared && Zone != TimeZoneInfo.Utc ? $"{text} ({Offset(local.Offset)})" : text;
    }

    /// <summary>The clock only ("13:00 Dublin time"), for a time whose day the sentence already says.</summary>
    public string ClockAt(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        return $"{Clock(local)} {ZoneName}";
    }

    /// <summary>The day an instant falls on in this reader's zone ("7 Dec 2026"), for dates where the hour adds nothing.</summary>
    public string DayOf(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString(_datePattern, Culture);

    /// <summary>A calendar day as this reader's locale writes it ("7 Dec 2026").</summary>
    public string Day(DateOnly day) => day.ToString(_datePattern, Culture);

    // ICU puts a narrow no-break space before "AM"/"PM"; Teams' fonts draw it so thin that it reads "5:00AM".
    private string Clock(DateTimeOffset local) => local.ToString(_timePattern, Culture).Replace('\u202F', ' ');

    /// <summary>"in 40 min", "2 h ago", "just now" in English: how far <paramref name="at"/> is from <paramref name="now"/>.</summary>
    public static string Relative(DateTimeOffset at, DateTimeOffset now) => Utc.RelativeTo(at, now);

    /// <summary>"in 40 min", "vor 2 Std.": <see cref="Relative"/> in this reader's language.</summary>
    public string RelativeTo(DateTimeOffset at, DateTimeOffset now)
    {
        var span = at - now;
        if (span.Duration() < TimeSpan.FromMinutes(1))
        {
            return _words[nameof(TimeTexts.JustNow)];
        }

        return span > TimeSpan.Zero ? _words.Format(nameof(TimeTexts.InFuture), DurationOf(span)) : _words.Format(nameof(TimeTexts.Ago), DurationOf(span.Duration()));
    }

    /// <summary>"40 min", "2 h", "2 h 15 min", "3 days" in English: rounded the way people say it.</summary>
    public static string Duration(TimeSpan span) => Utc.DurationOf(span);

    /// <summary><see cref="Duration"/> in this reader's language ("40 Min.", "2 Std.").</summary>
    public string DurationOf(TimeSpan span)
    {
        var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
        if (minutes < 60)
        {
            return _words.Format(nameof(TimeTexts.Minutes), Math.Max(minutes, 1));
        }

        if (minutes < 48 * 60)
        {
            var (hours, rest) = Math.DivRem(minutes, 60);
            // Minutes matter for a few hours ahead, not for a day ahead.
            return rest == 0 || hours >= 6
                ? _words.Format(nameof(TimeTexts.Hours), rest >= 30 && hours >= 6 ? hours + 1 : hours)
                : _words.Format(nameof(TimeTexts.HoursMinutes), hours, rest);
        }

        return _words.Format(nameof(TimeTexts.Days), (long)Math.Round(minutes / (24.0 * 60)));
    }

    /// <summary>"UTC+1", "UTC−8", "UTC+5:30".</summary>
    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours}:{abs.Minutes:00}");
    }

    /// <summary>
    /// The zone as people name it: the city of its IANA id ("Europe/Dublin" → "Dublin time"); UTC and the fixed
    /// "Etc/GMT+5" kind by their offset, since they have no city.
    /// </summary>
    public static string NameOf(TimeZoneInfo zone, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var words = new Localizer(TimeTexts.ResourceManager, culture ?? DefaultCulture);
        var id = zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
        var slash = id.LastIndexOf('/');
        if (id is "UTC" or "Etc/UTC" or "Etc/Universal" or "Etc/Zulu" or "Universal" or "Zulu" || zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime && slash < 0)
        {
            return "UTC";
        }

        if (slash < 0 || id.StartsWith("Etc/", StringComparison.Ordinal))
        {
            return zone.BaseUtcOffset == TimeSpan.Zero ? "UTC" : words.Format(nameof(TimeTexts.ZoneTime), Offset(zone.BaseUtcOffset));
        }

        return words.Format(nameof(TimeTexts.ZoneTime), id[(slash + 1)..].Replace('_', ' '));
    }

    // The locale's long date without the weekday and with short month names: "7 Dec 2026", "Dec 7, 2026", "7. Dez. 2026".
    private static string DatePattern(CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern.Replace("dddd", string.Empty, StringComparison.Ordinal).Trim(' ', ',').Trim();
        pattern = pattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
        return pattern.Contains("MMM", StringComparison.Ordinal) && pattern.Contains('d', StringComparison.Ordinal) && pattern.Contains("yyyy", StringComparison.Ordinal)
            ? pattern
            : "d MMM yyyy";
    }
}
