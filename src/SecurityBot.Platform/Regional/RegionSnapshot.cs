namespace SecurityBot.Platform.Regional;

/// <summary>What one activity says about its sender's region: validated zone and locale, either possibly absent.</summary>
/// <param name="UserAadObjectId">The sender.</param>
/// <param name="TimeZoneId">IANA zone id this machine knows, or null.</param>
/// <param name="Locale">A predefined culture name, or null.</param>
public sealed record RegionSnapshot(string UserAadObjectId, string? TimeZoneId, string? Locale);
