using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace SecurityBot.Platform.Regional;

/// <summary>
/// The "Regional" configuration section: the organisation's time zone and locale, used for cards many people read
/// (channels, group chats) and for a person whose Teams client and mailbox have not told us theirs.
/// </summary>
public sealed class RegionalOptions
{
    public const string SectionName = "Regional";

    /// <summary>Regional:TimeZone — the organisation's IANA time zone, e.g. "Europe/Dublin" (default "UTC").</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Regional:Locale — the organisation's default locale for dates and numbers, e.g. "en-IE" (default "en-GB").</summary>
    [Required]
    public string Locale { get; set; } = "en-GB";

    /// <summary>The culture <see cref="Locale"/> names (validated on start), or en-GB: one reading for every caller.</summary>
    public CultureInfo OrganisationCulture() => CultureInfo.GetCultureInfo(RegionReader.Culture(Locale) ?? "en-GB");

    /// <summary>
    /// Regional:ReadMailboxSettings — when Teams has not told us a person's zone, ask the directory (Graph
    /// /users/{id}/mailboxSettings, application permission MailboxSettings.Read; the local directory's timeZone field).
    /// Default true; a tenant that has not granted the permission answers 403 once and is not asked again for an hour.
    /// </summary>
    public bool ReadMailboxSettings { get; set; } = true;
}
