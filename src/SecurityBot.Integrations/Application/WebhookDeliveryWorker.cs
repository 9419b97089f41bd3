using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Application;

/// <summary>
/// Works on one leased delivery in its own scope: holds it back while an earlier event of its subject is pending
/// (order per endpoint and subject), sends it, and records the outcome under the lease. When a delivery is finished
/// (delivered or dead-lettered) the subject's next event is made due at once.
/// </summary>
internal sealed partial class WebhookDeliveryWorker(
    SecurityBotDbContext db,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDeliveryWorker> logger)
{
    private static readonly CommitRetry LeaseCommit = new(MaxAttempts: 1, VersionConflicts: true);

    public async Task DeliverAsync(Guid id, string owner, Func<bool> holdsLease, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(holdsLease);
        var o = options.Value;
        var row = await db.Set<WebhookDelivery>()
            .SingleOrDefaultAsync(r => r.Id == id && r.LeaseOwner == owner && r.Status == WebhookDeliveryStatus.Pending, stoppingToken);
        if (row is null)
        {
            return; // finished or taken over meanwhile
        }

        var now = time.GetUtcNow();
        var earlier = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(r => r.EndpointName == row.EndpointName && r.SubjectType == row.SubjectType && r.SubjectId == row.SubjectId
                        && r.Status == WebhookDeliveryStatus.Pending && r.Sequence < row.Sequence)
            .OrderBy(r => r.Sequence).Select(r => (DateTimeOffset?)r.NextAttemptAt).FirstOrDefaultAsync(stoppingToken);
        if (earlier is { } due)
        {
            // Never before the earlier event: back when it is next tried, or woken when it is finished.
            var poll = now + TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds);
            row.WaitBehind(due > poll ? due : poll);
            await SaveAsync(row, stoppingToken);
            return;
        }

        if (!holdsLease())
        {
            row.GiveBackLease();
            await SaveAsync(row, stoppingToken);
            return;
        }

        if (!o.Endpoints.TryGetValue(row.EndpointName, out var endpoint) || endpoint is null)
        {
            row.DeadLetter(null, "The endpoint is no longer configured.");
            LogDeadLettered(logger, row.Id, row.EndpointName, row.EventType, row.SubjectId, row.Attempts);
            await FinishAsync(row, stoppingToken);
            return;
        }

        var attempt = await sender.SendAsync(endpoint, row, stoppingToken);
        now = time.GetUtcNow();
        switch (attempt.Outcome)
        {
            case WebhookAttemptOutcome.Delivered:
                row.MarkDelivered(attempt.StatusCode ?? 200, now);
                LogDelivered(logger, row.Id, row.EndpointName, row.EventType, row.SubjectId, row.Attempts);
                break;
            case WebhookAttemptOutcome.Retry:
                var backoff = RetryBackoff.Delay(row.Attempts, o.BaseRetryDelaySeconds, o.MaxRetryDelaySeconds);
                var ceiling = TimeSpan.FromSeconds(o.MaxRetryDelaySeconds);
                var wait = attempt.RetryAfter is { } asked && asked > backoff ? (asked < ceiling ? asked : ceiling) : backoff;
                if (row.RecordFailure(attempt.StatusCode, attempt.Error ?? "failed", now + wait, o.MaxAttempts))
                {
                    LogRetrying(logger, row.Id, row.EndpointName, attempt.StatusCode, row.Attempts, wait);
                }
                else
                {
                    LogDeadLettered(logger, row.Id, row.EndpointName, row.EventType, row.SubjectId, row.Attempts);
                }

                break;
            default:
                row.DeadLetter(attempt.StatusCode, attempt.Error ?? "refused");
                LogDeadLettered(logger, row.Id, row.EndpointName, row.EventType, row.SubjectId, row.Attempts);
                break;
        }

        await FinishAsync(row, stoppingToken);
    }

    /// <summary>Anything thrown while delivering is an attempt like a failed send: never a row that comes back forever.</summary>
    public async Task RecordCrashAsync(Guid id, string owner, Exception error, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var o = options.Value;
        var row = await db.Set<WebhookDelivery>()
            .SingleOrDefaultAsync(r => r.Id == id && r.LeaseOwner == owner && r.Status == WebhookDeliveryStatus.Pending, stoppingToken);
        if (row is null)
        {
            return;
        }

        var wait = RetryBackoff.Delay(row.Attempts, o.BaseRetryDelaySeconds, o.MaxRetryDelaySeconds);
        row.RecordFailure(null, $"Unexpected {error.GetType().Name}.", time.GetUtcNow() + wait, o.MaxAttempts);
        await FinishAsync(row, stoppingToken);
    }

    private async Task FinishAsync(WebhookDelivery row, CancellationToken stoppingToken)
    {
        if (!await SaveAsync(row, stoppingToken) || row.Status == WebhookDeliveryStatus.Pending)
        {
            return;
        }

        var now = time.GetUtcNow();
        var next = await db.Set<WebhookDelivery>()
            .Where(r => r.EndpointName == row.EndpointName && r.SubjectType == row.SubjectType && r.SubjectId == row.SubjectId
                        && r.Status == WebhookDeliveryStatus.Pending && r.Sequence > row.Sequence)
            .OrderBy(r => r.Sequence).Select(r => r.Id).FirstOrDefaultAsync(stoppingToken);
        if (next != Guid.Empty)
        {
            // A plain conditional update: the next row may be leased right now, and its lease is not ours to check.
            await db.Set<WebhookDelivery>().Where(r => r.Id == next && r.Status == WebhookDeliveryStatus.Pending && r.NextAttemptAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NextAttemptAt, now), stoppingToken);
        }
    }

    /// <summary>
    /// Commits under the lease (LeaseOwner is the row's concurrency token); false when another instance took the row
    /// over meanwhile: its run decides, so the lost commit is not run again.
    /// </summary>
    private Task<bool> SaveAsync(WebhookDelivery row, CancellationToken stoppingToken) =>
        LeaseCommit.RunAsync(db, async _ =>
        {
            await db.SaveChangesAsync(stoppingToken);
            return true;
        }, _ =>
        {
            LogLeaseLost(logger, row.Id);
            return Task.FromResult(RaceAnswer<bool>.With(false));
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} ({EventType} of {Subject}) delivered to {Endpoint} after {Attempts} attempt(s)")]
    private static partial void LogDelivered(ILogger logger, Guid deliveryId, string endpoint, string eventType, string subject, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to {Endpoint} failed (status {StatusCode}, attempt {Attempts}); retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Guid deliveryId, string endpoint, int? statusCode, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} ({EventType} of {Subject}) to {Endpoint} dead-lettered after {Attempts} attempt(s)")]
    private static partial void LogDeadLettered(ILogger logger, Guid deliveryId, string endpoint, string eventType, string subject, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId}: its lease was taken over before the outcome was saved; the other instance's run decides")]
    private static partial void LogLeaseLost(ILogger logger, Guid deliveryId);
}
