using System.Text.Json;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// The asker's time zone as Teams reports it: the activity's localTimezone, else the clientInfo entity's timezone
/// (both IANA ids such as "Europe/Berlin"); UTC when Teams says nothing usable, so a period and its dates are still
/// well defined.
/// </summary>
internal static class AskerTimeZone
{
    public static TimeZoneInfo Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Find(activity.LocalTimezone) ?? Find(ClientInfoZone(activity)) ?? TimeZoneInfo.Utc;
    }

    private static string? ClientInfoZone(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.AdditionalProperties?.TryGetValue("timezone", out var zone) == true
                && zone.ValueKind == JsonValueKind.String)
            {
                return zone.GetString();
            }
        }

        return null;
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
