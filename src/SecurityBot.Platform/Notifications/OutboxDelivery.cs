using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Leasing;
using SecurityBot.Platform.Notifications.RateLimiting;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Delivers one leased outbox row. Crash-safety rests on the order: the lease is committed before the send, and
/// "delivered" (with the activity id and the card copy) is committed right after the connector's 2xx, ignoring
/// shutdown, so the only duplicate window is between that 2xx and this commit (see docs/persistence.md).
/// </summary>
internal sealed partial class OutboxDelivery(
    SecurityBotDbContext db,
    DeliveryTargetResolver resolver,
    IConnectorClient connector,
    SendRateLimiter limiter,
    IDeliveryFailureNotifier failureNotifier,
    UnreachableRecipients unreachable,
    UnreachableReinstall reinstall,
    ConversationReferenceCache referenceCache,
    CardCopyLedger cardCopies,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger,
    IServiceUrlTrust? trust = null,
    IOptions<BotFrameworkOptions>? botFramework = null)
{
    // A row whose lease ends this soon is left alone: another instance may take it over mid-send.
    private static readonly TimeSpan LeaseSafety = TimeSpan.FromSeconds(2);

    /// <summary>Delivers the row if this worker still holds it; <c>leaseAlive</c> turns false when the heartbeat may have lost the lease, and then nothing is sent.</summary>
    public async Task DeliverAsync(Guid id, string owner, Func<bool> leaseAlive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaseAlive);
        // The outbox owns retries (through the rate limiter, persisted); an in-call connector retry would bypass both.
        using var outboxOwnsRetries = ConnectorRetries.Suppress();
        var message = await db.Set<OutboxMessage>()
            .SingleOrDefaultAsync(m => m.Id == id && m.LeaseOwner == owner && m.Status == OutboxStatus.Pending, cancellationToken);
        if (message is null)
        {
            return;
        }

        if (message.LeaseUntil < time.GetUtcNow() + LeaseSafety)
        {
            await OutboxLeaseGiveBack.TooShortAsync(db, logger, message);
            return;
        }

        var target = await resolver.ResolveAsync(message, cancellationToken);
        if (target is null)
        {
            await CommitAsync(message, cancellationToken);
            return;
        }

        if (message.Kind == NotificationKind.UpdateCardCopy && await IsOvertakenAsync(message, cancellationToken))
        {
            message.Supersede();
            await CommitAsync(message, cancellationToken);
            return;
        }

        await SendAsync(message, target, leaseAlive, cancellationToken);
    }

    /// <summary>
    /// Counts an exception thrown while delivering (anything but a connector answer: token, payload, bad id, a bug)
    /// as an attempt, in a fresh unit of work: retried with backoff, then dead-lettered and the security team told.
    /// </summary>
    public async Task RecordUnexpectedFailureAsync(Guid id, string owner, Exception error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = await db.Set<OutboxMessage>()
            .SingleOrDefaultAsync(m => m.Id == id && m.LeaseOwner == owner && m.Status == OutboxStatus.Pending, cancellationToken);
        if (message is null)
        {
            return;
        }

        var o = options.Value;
        var reason = $"{error.GetType().Name}: {error.Message}";
        if (!message.ScheduleRetry(time.GetUtcNow() + Backoff(message.Attempts, o), o.MaxAttempts, reason))
        {
            await ReportAsync(message, message.ConversationId, $"Gave up after {message.Attempts} attempts: {reason}", cancellationToken);
        }

        OutboxMetrics.Outcomes.Add(1, new KeyValuePair<string, object?>("outcome", message.Status.ToString()));
        await CommitAsync(message, cancellationToken);
    }

    private async Task SendAsync(OutboxMessage message, DeliveryTarget target, Func<bool> leaseAlive, CancellationToken cancellationToken)
    {
        while (true)
        {
            await StoredServiceUrlTrust.EnsureTrustedAsync(db, trust, target.ServiceUrl, cancellationToken);
            var activity = OutboxActivity.Build(message, target, botFramework?.Value.MicrosoftAppId);
            var waitStarted = time.GetTimestamp();
            await limiter.AcquireAsync(message.TenantId ?? target.Reference?.TenantId, target.ConversationId, cancellationToken);
            OutboxMetrics.RateWait.Record(time.GetElapsedTime(waitStarted).TotalMilliseconds);
            if (!leaseAlive())
            {
                await OutboxLeaseGiveBack.StaleAsync(db, logger, message);
                return;
            }

            ResourceResponse response;
            try
            {
                response = message.Kind == NotificationKind.UpdateCardCopy
                    ? await connector.UpdateActivityAsync(target.ServiceUrl, target.ConversationId, message.TargetActivityId!, activity, cancellationToken)
                    : await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, cancellationToken);
            }
            catch (ConnectorException ex) when (CanRecreate(message, target)
                && (ex.StatusCode == HttpStatusCode.NotFound || (ex.Kind == ConnectorFailureKind.RecipientUnreachable && reinstall.Allows)))
            {
                if (ex.StatusCode != HttpStatusCode.NotFound && !await reinstall.TryAsync(target.Reference!.UserAadObjectId, message.Id, cancellationToken))
                {
                    await FailAsync(message, target, ex.Kind, ex.StatusCode, ex.RetryAfter, $"{(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}", cancellationToken);
                    return;
                }

                var recreated = await RecreateConversationAsync(message, target, cancellationToken);
                if (recreated is null)
                {
                    return;
                }

                target = recreated;
                continue;
            }
            catch (ConnectorException ex)
            {
                await FailAsync(message, target, ex.Kind, ex.StatusCode, ex.RetryAfter, $"{(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}", cancellationToken);
                return;
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                await FailAsync(message, target, ConnectorFailureKind.Transient, null, null, ex.Message, cancellationToken);
                return;
            }

            await MarkDeliveredAsync(message, target, response.Id, time.GetTimestamp());
            return;
        }
    }

    private async Task MarkDeliveredAsync(OutboxMessage message, DeliveryTarget target, string? activityId, long acknowledgedAt)
    {
        var now = time.GetUtcNow();
        message.MarkDelivered(target.ConversationId, activityId, now);
        await cardCopies.RecordDeliveryAsync(message, target, activityId, now, CancellationToken.None);
        try
        {
            // Deliberately not cancellable: Teams has the message, so losing this commit is what makes duplicates.
            await db.SaveChangesAsync(CancellationToken.None);
            OutboxMetrics.AckToCommit.Record(time.GetElapsedTime(acknowledgedAt).TotalMilliseconds);
            OutboxMetrics.Outcomes.Add(1, new KeyValuePair<string, object?>("outcome", "delivered"));
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, message.Id);
        }
    }

    private async Task FailAsync(OutboxMessage message, DeliveryTarget target, ConnectorFailureKind kind, HttpStatusCode? status, TimeSpan? retryAfter, string error, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        // The connector decides what its answer means (ConnectorException.Classify): only the 403 codes that say so
        // make a person unreachable; 412 and other 403s are retried like 429/5xx.
        if (kind == ConnectorFailureKind.RecipientUnreachable)
        {
            var reason = $"Teams refused delivery (the person blocked or removed SecurityBot): {error}";
            message.MarkUndeliverable(reason);
            // A stored conversation is marked and the security team told once per person and episode, not per message.
            if (!await unreachable.RecordAsync(message, target.Reference, reason, now, cancellationToken))
            {
                await ReportAsync(message, target, reason, cancellationToken);
            }
        }
        else if (kind == ConnectorFailureKind.Transient)
        {
            // Teams' Retry-After is the authority when given; exponential backoff with jitter otherwise.
            var delay = retryAfter is { } ra && ra > TimeSpan.Zero
                ? TimeSpan.FromSeconds(Math.Min(ra.TotalSeconds, o.MaxRetryDelaySeconds))
                : Backoff(message.Attempts, o);
            LogRetry(logger, message.Id, (int?)status, delay);
            if (!message.ScheduleRetry(now + delay, o.MaxAttempts, error))
            {
                await ReportAsync(message, target, $"Gave up after {message.Attempts} attempts: {error}", cancellationToken);
            }
        }
        else
        {
            message.DeadLetter(error);
            await ReportAsync(message, target, error, cancellationToken);
        }

        OutboxMetrics.Outcomes.Add(1, new KeyValuePair<string, object?>("outcome", message.Status.ToString()));
        await CommitAsync(message, cancellationToken);
    }

    private async Task<DeliveryTarget?> RecreateConversationAsync(OutboxMessage message, DeliveryTarget target, CancellationToken cancellationToken)
    {
        var reference = target.Reference!;
        message.RecordConversationRecreated();
        ConversationResourceResponse created;
        try
        {
            var parameters = new ConversationParameters
            {
                IsGroup = false,
                TenantId = reference.TenantId,
                Bot = reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId },
                Members = [new ChannelAccount { Id = reference.TeamsUserId }],
            };
            created = await connector.CreateConversationAsync(reference.ServiceUrl, parameters, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            await FailAsync(message, target, ex.Kind, ex.StatusCode, ex.RetryAfter, $"Recreating the conversation failed: {(int)ex.StatusCode} {ex.Message}", cancellationToken);
            return null;
        }

        if (string.IsNullOrWhiteSpace(created.Id))
        {
            await FailAsync(message, target, ConnectorFailureKind.Permanent, HttpStatusCode.NotFound, null, "Recreating the conversation returned no id.", cancellationToken);
            return null;
        }

        referenceCache.Forget(reference.ConversationId, reference.UserAadObjectId);
        reference.MoveToConversation(created.Id, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogRecreated(logger, message.Id);
        return target with { ConversationId = created.Id };
    }

    private Task ReportAsync(OutboxMessage message, DeliveryTarget target, string reason, CancellationToken cancellationToken) =>
        ReportAsync(message, target.ConversationId, reason, cancellationToken);

    private Task ReportAsync(OutboxMessage message, string? conversationId, string reason, CancellationToken cancellationToken)
    {
        LogGaveUp(logger, message.Id, reason);
        return message.EntityType == DeliveryFailure.NoticeEntityType
            ? Task.CompletedTask
            : failureNotifier.NotifyAsync(new DeliveryFailure(message.Id.ToString("N"), message.RecipientAadObjectId, conversationId, message.Entity, reason), cancellationToken);
    }

    private async Task CommitAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await UnreachableRecipients.SaveDroppingRacedNoticesAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, message.Id);
        }
    }

    private async Task<bool> IsOvertakenAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var shown = await db.Set<CardCopy>()
            .Where(c => c.ConversationId == message.ConversationId && c.ActivityId == message.TargetActivityId)
            .Select(c => (long?)c.LastVersionRendered)
            .SingleOrDefaultAsync(cancellationToken);
        return shown is not null && message.EntityVersion is not null && shown >= message.EntityVersion;
    }

    private static bool CanRecreate(OutboxMessage message, DeliveryTarget target) =>
        !message.ConversationRecreated && message.Kind == NotificationKind.NewMessage && target.Reference is { IsPersonal: true };

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutException or IOException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan Backoff(int attemptsSoFar, OutboxOptions o) =>
        RetryBackoff.Delay(attemptsSoFar, o.BaseRetryDelaySeconds, o.MaxRetryDelaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId}: the lease was taken over before the commit; the message may have been sent twice")]
    private static partial void LogLeaseLost(ILogger logger, Guid outboxId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId}: status {Status}, retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, Guid outboxId, int? status, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} not delivered: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, Guid outboxId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId}: the 1:1 conversation was gone and has been recreated")]
    private static partial void LogRecreated(ILogger logger, Guid outboxId);
}
