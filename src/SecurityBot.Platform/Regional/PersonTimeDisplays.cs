using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Cards;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Regional;

/// <summary>
/// <see cref="ITimeDisplays"/> from the remembered regions, the directory's mailbox time zone and Regional:*.
/// Scoped (one DbContext). A host without a directory (tools, persistence tests) uses what is remembered and the
/// organisation's defaults.
/// </summary>
internal sealed class PersonTimeDisplays(SecurityBotDbContext db, IOptions<RegionalOptions> options, IDirectory? directory = null) : ITimeDisplays
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(RegionReader.Zone(options.Value.TimeZone) ?? "UTC");
    private readonly CultureInfo _culture = options.Value.OrganisationCulture();

    public TimeDisplay SharedCard => TimeDisplay.ForSharedCard(_zone, _culture);

    public async Task<TimeDisplay> ForAsync(string? userAadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userAadObjectId))
        {
            return SharedCard;
        }

        var all = await ForPeopleAsync([userAadObjectId], cancellationToken);
        return all.TryGetValue(userAadObjectId, out var display) ? display : TimeDisplay.ForPerson(_zone, _culture);
    }

    public async Task<TimeDisplay> ForTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
        {
            return SharedCard;
        }

        // An activity that says both (Teams' clientInfo does) needs no lookup: it is the freshest word on either.
        if (RegionReader.Read(activity) is { TimeZoneId: { } zoneId, Locale: { } locale })
        {
            return TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById(zoneId), CultureInfo.GetCultureInfo(locale));
        }

        var stored = await ForAsync(activity.From?.AadObjectId, cancellationToken);
        return RegionReader.ZoneOf(activity) is { } zone ? TimeDisplay.ForPerson(zone, stored.Culture) : stored;
    }

    public async Task<IReadOnlyDictionary<string, TimeDisplay>> ForPeopleAsync(IEnumerable<string> userAadObjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userAadObjectIds);
        var ids = userAadObjectIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var result = new Dictionary<string, TimeDisplay>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count == 0)
        {
            return result;
        }

        var stored = (await db.Set<PersonRegion>().AsNoTracking().Where(r => ids.Contains(r.UserAadObjectId)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.UserAadObjectId, StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            var region = stored.GetValueOrDefault(id);
            var zoneId = region?.TimeZoneId ?? await MailboxZoneAsync(id, cancellationToken);
            // Stored values were valid where they were stored; another machine's zone data may lack one.
            var zone = zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var known) ? known : _zone;
            var culture = RegionReader.Culture(region?.Locale) is { } locale ? CultureInfo.GetCultureInfo(locale) : _culture;
            result[id] = TimeDisplay.ForPerson(zone, culture);
        }

        return result;
    }

    private async Task<string?> MailboxZoneAsync(string userId, CancellationToken cancellationToken)
    {
        if (directory is null || !options.Value.ReadMailboxSettings)
        {
            return null;
        }

        try
        {
            return RegionReader.Zone(await directory.GetTimeZoneAsync(userId, cancellationToken));
        }
        catch (DirectoryUnavailableException)
        {
            // Display only: the organisation's zone is a fine answer while the directory is away.
            return null;
        }
    }
}
