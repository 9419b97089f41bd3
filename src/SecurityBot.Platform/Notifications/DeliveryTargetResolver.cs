using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Finds the conversation of a notification at send time: the explicit one, else the person's personal chat (a
/// reference recorded after the enqueue counts), else one obtained by proactive installation; otherwise the row
/// waits until the person writes to the bot. Returns null after moving the row to its next state.
/// </summary>
internal sealed partial class DeliveryTargetResolver(
    SecurityBotDbContext db,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<DeliveryTargetResolver> logger,
    TenantServiceUrl serviceUrls,
    UnreachableRecipients unreachable,
    ITeamsAppInstaller? installer = null)
{
    public async Task<DeliveryTarget?> ResolveAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var aad = message.RecipientAadObjectId;
        if (message.ConversationId is not null && message.ServiceUrl is not null)
        {
            var reference = aad is null ? null : await db.Set<ConversationReferenceRecord>()
                .SingleOrDefaultAsync(r => r.ConversationId == message.ConversationId && r.UserAadObjectId == aad, cancellationToken);
            return new DeliveryTarget(message.ServiceUrl, message.ConversationId, reference);
        }

        if (aad is null)
        {
            message.DeadLetter("The notification has neither a recipient nor a conversation.");
            return null;
        }

        var references = await db.Set<ConversationReferenceRecord>()
            .Where(r => r.UserAadObjectId == aad && r.ConversationType == ConversationReferenceRecord.PersonalConversationType)
            .OrderByDescending(r => r.UpdatedAt)
            .ToListAsync(cancellationToken);
        var reachable = references.FirstOrDefault(r => !r.Undeliverable);
        if (reachable is not null)
        {
            return new DeliveryTarget(reachable.ServiceUrl, reachable.ConversationId, reachable);
        }

        if (references.Count > 0)
        {
            // Already reported when the reference was marked; the person clears it by writing to the bot again.
            message.MarkUndeliverable($"The recipient is undeliverable: {references[0].UndeliverableReason}");
            await unreachable.TellCapabilityAsync(message, cancellationToken);
            return null;
        }

        return await ResolveByInstallationAsync(message, aad, cancellationToken);
    }

    private async Task<DeliveryTarget?> ResolveByInstallationAsync(OutboxMessage message, string aad, CancellationToken cancellationToken)
    {
        if (installer is not null)
        {
            string? chatId;
            try
            {
                chatId = await installer.EnsureInstalledAndGetChatIdAsync(aad, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogInstallFailed(logger, ex, message.Id);
                var o = options.Value;
                message.ScheduleRetry(time.GetUtcNow().AddSeconds(o.BaseRetryDelaySeconds), o.MaxAttempts, $"Proactive installation failed: {ex.Message}");
                return null;
            }

            if (chatId is not null)
            {
                var serviceUrl = message.ServiceUrl ?? await serviceUrls.FindAsync(message.TenantId, cancellationToken);
                if (!string.IsNullOrWhiteSpace(serviceUrl))
                {
                    return new DeliveryTarget(serviceUrl, chatId, null);
                }
            }
        }

        message.WaitForReference("No conversation with the recipient yet; waiting until they open SecurityBot.");
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive installation for outbox row {OutboxId} failed")]
    private static partial void LogInstallFailed(ILogger logger, Exception exception, Guid outboxId);
}
