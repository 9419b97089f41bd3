using System.Globalization;
using System.Text.Json;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Regional;

/// <summary>
/// Reads the sender's time zone and locale from a Teams activity: localTimezone, else the clientInfo entity's
/// timezone (IANA ids such as "America/Los_Angeles"); locale, else clientInfo's. Both are client-supplied strings:
/// only a zone this machine knows and a predefined culture are taken, anything else is ignored.
/// </summary>
public static class RegionReader
{
    public static RegionSnapshot? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var user = activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(user) || user.Length > 100)
        {
            return null;
        }

        var zone = ZoneId(activity);
        var locale = Culture(activity.Locale) ?? Culture(ClientInfo(activity, "locale"));
        return zone is null && locale is null ? null : new RegionSnapshot(user, zone, locale);
    }

    /// <summary>The sender's zone from this activity alone, or null.</summary>
    public static TimeZoneInfo? ZoneOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ZoneId(activity) is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : null;
    }

    /// <summary>A known zone's IANA id (Windows ids, which Graph may give, are converted), or null.</summary>
    public static string? Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > PersonRegion.MaxZoneLength || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return null;
        }

        return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
    }

    /// <summary>A predefined culture's name ("de-DE"), or null.</summary>
    public static string? Culture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > PersonRegion.MaxLocaleLength)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Equals(CultureInfo.InvariantCulture) ? null : culture.Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static string? ZoneId(Activity activity) => Zone(activity.LocalTimezone) ?? Zone(ClientInfo(activity, "timezone"));

    private static string? ClientInfo(Activity activity, string property)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.AdditionalProperties?.TryGetValue(property, out var value) == true
                && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
