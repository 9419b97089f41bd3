using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Who Teams refused to deliver to: a person whose 1:1 conversation is marked undeliverable (they blocked SecurityBot
/// or the app was removed) until they write to the bot again. Capabilities ask it before they decide that a step
/// meant for several people reached nobody.
/// </summary>
public sealed class Reachability(SecurityBotDbContext db)
{
    /// <summary>The ones of <paramref name="aadObjectIds"/> the bot cannot reach now.</summary>
    public async Task<IReadOnlySet<string>> UnreachableAmongAsync(IEnumerable<string> aadObjectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectIds);
        var ids = aadObjectIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0)
        {
            return new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        var unreachable = await db.Set<ConversationReferenceRecord>().AsNoTracking()
            .Where(r => r.Undeliverable && r.ConversationType == ConversationReferenceRecord.PersonalConversationType && ids.Contains(r.UserAadObjectId))
            .Select(r => r.UserAadObjectId)
            .ToListAsync(cancellationToken);
        return new HashSet<string>(unreachable, StringComparer.OrdinalIgnoreCase);
    }
}
