using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Metrics.Application;

/// <summary>
/// Fires "metrics.digest": computes the figures, enqueues one digest card per recipient (the CSO and the security
/// lead, once each) and schedules the next occurrence — all in the timer's unit of work, so a failure keeps nothing
/// and the retry starts over, and the outbox keys (per occurrence and recipient) make a retry or a duplicate timer
/// enqueue nothing twice.
/// </summary>
internal sealed partial class DigestTimerHandler(
    MetricsQueryService query,
    ISecurityRoles roles,
    INotificationOutbox outbox,
    ITimerScheduler timers,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestTimerHandler> logger) : ITimerHandler
{
    public string Kind => DigestTimer.Kind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            // Not re-armed: the start that enables it again schedules the next one.
            LogSkippedDisabled(logger, timer.DueAt);
            return;
        }

        var schedule = settings.ToSchedule();
        var occurrence = timer.DueAt;
        var recipients = await RecipientsAsync(cancellationToken);
        if (recipients.Count == 0)
        {
            LogNoRecipients(logger, occurrence);
        }
        else
        {
            var card = await RenderAsync(settings, schedule, occurrence, cancellationToken);
            var queued = 0;
            foreach (var recipient in recipients)
            {
                var notification = new OutboundNotification(NotificationRecipient.User(recipient.Id), card, DigestTimer.IdempotencyKey(occurrence, recipient.Id));
                if (await outbox.EnqueueAsync(notification, cancellationToken))
                {
                    queued++;
                }
            }

            LogQueued(logger, occurrence, queued, recipients.Count);
        }

        // From now, not from the occurrence: after a long outage one digest catches up, not one per missed week.
        var now = time.GetUtcNow();
        var next = schedule.Next(now > occurrence ? now : occurrence);
        await timers.ScheduleAsync(DigestTimer.EntityType, DigestTimer.EntityId, DigestTimer.Kind, next, null, cancellationToken);
    }

    private async Task<string> RenderAsync(DigestOptions settings, DigestSchedule schedule, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        // The period is counted back from the occurrence, so a late firing describes the week it was due for.
        if (!MetricsPeriod.TryParse(settings.Period, occurrence, schedule.Zone, out var period, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var figures = await query.ComputeAsync(period, schedule.Zone, cancellationToken);

        // What needs a decision is as of the occurrence, whatever period the headline figures cover.
        var current = period.To == occurrence
            ? figures
            : await query.ComputeAsync(new MetricsPeriod(occurrence.AddDays(-1), occurrence, "now"), schedule.Zone, cancellationToken);
        return TurnContextCardExtensions.ToActivityJson(DigestCard.Create(figures, DigestDecisions.From(current), settings.Period, occurrence, schedule.Zone), alert: true);
    }

    private async Task<List<DirectoryUser>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var people = new List<DirectoryUser>();
        foreach (var person in new[] { await roles.GetCsoAsync(cancellationToken), await roles.GetSecurityLeadAsync(cancellationToken) })
        {
            // One person holding both roles gets one digest.
            if (person is not null && !people.Any(p => string.Equals(p.Id, person.Id, StringComparison.OrdinalIgnoreCase)))
            {
                people.Add(person);
            }
        }

        return people;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics digest for {Occurrence:O}: {Queued} of {Recipients} card(s) queued (the others were already)")]
    private static partial void LogQueued(ILogger logger, DateTimeOffset occurrence, int queued, int recipients);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics digest for {Occurrence:O}: neither Roles:CsoUserId nor Roles:SecurityLeadUserId names someone in the directory; nothing sent")]
    private static partial void LogNoRecipients(ILogger logger, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Metrics digest for {Occurrence:O} skipped: Metrics:Digest:Enabled is false")]
    private static partial void LogSkippedDisabled(ILogger logger, DateTimeOffset occurrence);
}
