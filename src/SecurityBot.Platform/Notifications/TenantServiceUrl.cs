using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// The connector serviceUrl for a conversation the bot did not receive an activity from (a chat found through
/// proactive installation, a group chat created through Graph): Teams serves one tenant from one regional URL, so a
/// stored reference of the tenant names it; else Outbox:DefaultServiceUrl. Null when neither is known.
/// </summary>
public sealed class TenantServiceUrl(SecurityBotDbContext db, IOptions<OutboxOptions> options)
{
    /// <summary>The serviceUrl for <paramref name="tenantId"/> (null: any tenant the bot has talked to, the most recent first).</summary>
    public async Task<string?> FindAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var references = db.Set<ConversationReferenceRecord>().AsNoTracking();
        if (tenantId is not null)
        {
            references = references.Where(r => r.TenantId == tenantId);
        }

        var stored = await references.OrderByDescending(r => r.UpdatedAt).Select(r => r.ServiceUrl).FirstOrDefaultAsync(cancellationToken);
        return stored ?? (string.IsNullOrWhiteSpace(options.Value.DefaultServiceUrl) ? null : options.Value.DefaultServiceUrl);
    }
}
