using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// The category table: stable keys (used in card data, routing's Routing:CsoCategories and the database), titles
/// shown to people, and the base severity every severity computation starts from.
/// </summary>
internal static class IncidentCategories
{
    private static readonly Dictionary<IncidentCategory, (string Key, string Title, IncidentSeverity Base)> Table = new()
    {
        [IncidentCategory.Phishing] = ("phishing", "Phishing or suspicious email", IncidentSeverity.Medium),
        [IncidentCategory.Malware] = ("malware", "Malware or suspicious pop-up", IncidentSeverity.High),
        [IncidentCategory.LostOrStolenDevice] = ("lost-device", "Lost or stolen device", IncidentSeverity.Medium),
        [IncidentCategory.AccountCompromise] = ("account-compromise", "Suspicious login or compromised account", IncidentSeverity.High),
        [IncidentCategory.DataBreach] = ("data-breach", "Data sent to the wrong person or leaked", IncidentSeverity.High),
        [IncidentCategory.Ransomware] = ("ransomware", "Ransomware (files encrypted, ransom note)", IncidentSeverity.Critical),
        [IncidentCategory.SocialEngineering] = ("social-engineering", "Suspicious call, message or visitor", IncidentSeverity.Low),
        [IncidentCategory.Other] = ("other", "Something else", IncidentSeverity.Low),
    };

    /// <summary>Every category in the order the report form lists them.</summary>
    public static IReadOnlyList<IncidentCategory> All { get; } = Enum.GetValues<IncidentCategory>();

    public static string Key(this IncidentCategory category) => Table[category].Key;

    public static string Title(this IncidentCategory category) => Table[category].Title;

    /// <summary>The severity a report of this category starts at, before the raising rules.</summary>
    public static IncidentSeverity BaseSeverity(this IncidentCategory category) => Table[category].Base;

    /// <summary>Parses a key (case-insensitive); false for anything else, including enum numbers.</summary>
    public static bool TryParseKey(string? key, out IncidentCategory category)
    {
        foreach (var (value, entry) in Table)
        {
            if (string.Equals(entry.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = value;
                return true;
            }
        }

        category = IncidentCategory.Other;
        return false;
    }
}
