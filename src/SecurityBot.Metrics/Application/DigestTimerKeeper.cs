using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Metrics.Application;

/// <summary>
/// Run at every start: leaves exactly one pending digest timer, at the next occurrence of the schedule. A timer
/// already due (the host was down at the due time) is kept, so it fires now instead of being skipped; a pending timer
/// at another time (the schedule changed) is moved. Idempotent: a restart with the same schedule changes nothing.
/// Two instances starting in the same instant can both find no timer and both add one (timer rows have no unique
/// key); that costs nothing: both are for the same occurrence, the outbox keys let only one digest per recipient
/// through, and the first firing's "schedule the next" cancels the other pending one. A later start collapses any
/// duplicates it finds into one.
/// </summary>
internal sealed partial class DigestTimerKeeper(
    SecurityBotDbContext db,
    ITimerScheduler timers,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestTimerKeeper> logger)
{
    /// <summary>Returns the due time of the pending digest timer, or null when the digest is disabled.</summary>
    public async Task<DateTimeOffset?> EnsureScheduledAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            var cancelled = await timers.CancelAsync(DigestTimer.EntityType, DigestTimer.EntityId, DigestTimer.Kind, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogDisabled(logger, cancelled);
            return null;
        }

        var now = time.GetUtcNow();
        var next = settings.ToSchedule().Next(now);
        var pending = await timers.PendingDueTimesAsync(DigestTimer.EntityType, DigestTimer.EntityId, DigestTimer.Kind, cancellationToken);

        // A missed occurrence is kept (never skipped); otherwise the one wanted is the schedule's next.
        var missed = pending.Where(d => d <= now).Order().FirstOrDefault();
        var wanted = pending.Any(d => d <= now) ? missed : next;
        if (pending.Count == 1 && pending[0] == wanted)
        {
            LogKept(logger, wanted);
            return wanted;
        }

        // Scheduling replaces every pending timer of this entity and kind, duplicates included.
        await timers.ScheduleAsync(DigestTimer.EntityType, DigestTimer.EntityId, DigestTimer.Kind, wanted, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        LogScheduled(logger, wanted, pending.Count);
        return wanted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics digest disabled; {Cancelled} pending digest timer(s) cancelled")]
    private static partial void LogDisabled(ILogger logger, int cancelled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics digest due at {DueAt:O} (already scheduled)")]
    private static partial void LogKept(ILogger logger, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics digest scheduled at {DueAt:O} (replacing {Replaced} pending)")]
    private static partial void LogScheduled(ILogger logger, DateTimeOffset dueAt, int replaced);
}
