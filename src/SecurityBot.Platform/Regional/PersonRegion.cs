namespace SecurityBot.Platform.Regional;

/// <summary>
/// A person's time zone and locale as their Teams client last reported them (the clientInfo entity, the activity's
/// localTimezone and locale). Remembered so that cards sent to them later, outside any turn of theirs, show their
/// own times. Values are validated before they are stored: an IANA zone this machine knows, a predefined culture.
/// </summary>
public sealed class PersonRegion
{
    public const int MaxZoneLength = 64;
    public const int MaxLocaleLength = 20;

    public PersonRegion(string userAadObjectId, string? timeZoneId, string? locale, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        UserAadObjectId = userAadObjectId;
        TimeZoneId = timeZoneId;
        Locale = locale;
        UpdatedAt = now;
    }

    private PersonRegion()
    {
    }

    public string UserAadObjectId { get; private set; } = string.Empty;

    /// <summary>IANA id, e.g. "Europe/Dublin"; null until Teams reports one.</summary>
    public string? TimeZoneId { get; private set; }

    /// <summary>BCP 47 tag, e.g. "de-DE"; null until Teams reports one.</summary>
    public string? Locale { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Takes what this activity says; a value it does not carry keeps the remembered one (an invoke may carry the
    /// locale but no clientInfo). Returns false when nothing changed.
    /// </summary>
    public bool Update(string? timeZoneId, string? locale, DateTimeOffset now)
    {
        var zone = timeZoneId ?? TimeZoneId;
        var culture = locale ?? Locale;
        if (string.Equals(zone, TimeZoneId, StringComparison.Ordinal) && string.Equals(culture, Locale, StringComparison.Ordinal))
        {
            return false;
        }

        TimeZoneId = zone;
        Locale = culture;
        UpdatedAt = now;
        return true;
    }
}
