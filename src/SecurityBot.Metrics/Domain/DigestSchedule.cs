using Cronos;

namespace SecurityBot.Metrics.Domain;

/// <summary>
/// When the digest is due: a cron expression read in a time zone, so "0 8 * * 1" stays at 08:00 local on either side
/// of a daylight-saving change (Cronos moves a local time skipped by the change to just after it, and fires once for
/// a local time that happens twice). Pure.
/// </summary>
internal sealed class DigestSchedule
{
    private readonly CronExpression _cron;

    private DigestSchedule(CronExpression cron, TimeZoneInfo zone)
    {
        _cron = cron;
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>Reads a five-field cron expression (minute hour day-of-month month day-of-week) and an IANA zone id.</summary>
    public static bool TryCreate(string? cron, string? zoneId, out DigestSchedule schedule, out string error)
    {
        schedule = null!;
        if (!CronExpression.TryParse(cron ?? string.Empty, CronFormat.Standard, out var expression))
        {
            error = $"Metrics:Digest:Schedule '{cron}' is not a five-field cron expression (minute hour day-of-month month day-of-week), e.g. '0 8 * * 1'.";
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? string.Empty, out var zone))
        {
            error = $"Metrics:Digest:TimeZone '{zoneId}' is not a time zone this host knows (use an IANA id such as 'Europe/London').";
            return false;
        }

        if (expression.GetNextOccurrence(DateTimeOffset.UnixEpoch, zone) is null)
        {
            error = $"Metrics:Digest:Schedule '{cron}' never occurs.";
            return false;
        }

        schedule = new DigestSchedule(expression, zone);
        error = string.Empty;
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        _cron.GetNextOccurrence(after, Zone)
        ?? throw new InvalidOperationException("The digest schedule has no further occurrence.");
}
