using Microsoft.EntityFrameworkCore;
using SecurityBot.Cards;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Conversations;

/// <summary>
/// The Teams user ids (29:…) of people known by object id, for a card's refresh.userIds. Teams ids are only known for
/// people who have talked to the bot or were reached by it (their stored conversation references); the others are
/// left out, and get their view from the card copy sent to them. Scoped: one DbContext per call site.
/// </summary>
public sealed class TeamsUserIdLookup(SecurityBotDbContext db)
{
    /// <summary>
    /// The Teams ids of <paramref name="aadObjectIds"/>, in the order given (who matters most first), at most
    /// <see cref="CardRefresh.MaxUserIds"/>: when there are more, the first ones keep their personal view.
    /// </summary>
    public async Task<IReadOnlyList<string>> ForAsync(IReadOnlyList<string> aadObjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectIds);
        var ids = aadObjectIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var known = await db.Set<ConversationReferenceRecord>().AsNoTracking()
            .Where(r => ids.Contains(r.UserAadObjectId))
            .Select(r => new { r.UserAadObjectId, r.TeamsUserId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var rank = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index, StringComparer.OrdinalIgnoreCase);
        return known
            .OrderBy(k => rank[k.UserAadObjectId])
            .ThenBy(k => k.TeamsUserId, StringComparer.Ordinal)
            .Select(k => k.TeamsUserId)
            .Distinct(StringComparer.Ordinal)
            .Take(CardRefresh.MaxUserIds)
            .ToList();
    }
}
