using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// Fires "attest.reminders" at the reminder time of each business day the calendar (<see cref="ReminderSchedule"/>)
/// has work: people who left the directory or the audience drop out; the pending get a reminder card (at most one a
/// day: the date is in the row and in the outbox key); on the notice day each overdue person's manager is told once.
/// Directory reads happen before the unit of work. A large audience is done in batches, the timer rescheduled at once
/// until today's work is done, then for the next day with work.
/// </summary>
internal sealed partial class ReminderHandler(
    AttestationStore store,
    AudienceResolver audiences,
    IDirectory directory,
    AttestationMessages messages,
    ITimerScheduler timers,
    IOptions<AttestationOptions> options,
    TimeProvider time,
    ILogger<ReminderHandler> logger) : ITimerHandler
{
    private HashSet<string>? _audience;
    private Dictionary<string, DirectoryUser?> _managers = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string> _leftDirectory = new(StringComparer.OrdinalIgnoreCase);

    public string Kind => AttestationTimers.Reminders;

    private ReminderSchedule Schedule => new(options.Value);

    public async Task PrepareAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _audience = null;
        if (!AttestationTimers.TryParse(timer.EntityId, out var number) || await store.ReadAsync(number, cancellationToken) is not { Status: CampaignStatus.Active } campaign)
        {
            return;
        }

        var today = Schedule.Today(time.GetUtcNow());
        var day = Schedule.For(campaign.DueOn, today);
        if (!day.HasWork)
        {
            return;
        }

        var people = await audiences.ResolveAsync(new CampaignAudience(campaign.AudienceKind, campaign.AudienceValue, campaign.AudienceLabel), cancellationToken);
        _audience = people.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var batch = options.Value.BatchSize;
        var pending = await store.Members(campaign.Id).AsNoTracking().Where(m => m.Status == MemberStatus.Pending).Select(m => new { m.UserId, m.ManagerNotifiedAt }).ToListAsync(cancellationToken);
        foreach (var gone in pending.Where(m => !_audience.Contains(m.UserId)).Take(batch))
        {
            if (await directory.GetUserAsync(gone.UserId, cancellationToken) is null)
            {
                _leftDirectory.Add(gone.UserId);
            }
        }

        if (day.ManagerNotice)
        {
            foreach (var member in pending.Where(m => m.ManagerNotifiedAt is null && _audience.Contains(m.UserId)).Take(batch))
            {
                _managers[member.UserId] = await directory.GetManagerAsync(member.UserId, cancellationToken);
            }
        }
    }

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!AttestationTimers.TryParse(timer.EntityId, out var number)
            || await store.FindAsync(number, cancellationToken) is not { Status: CampaignStatus.Active } campaign)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_audience is null)
        {
            // A run on a day without work (it fired late: the bot was down over the day, or a retry's backoff crossed
            // midnight) still books the next day with work; returning without it would end the campaign's calendar.
            if (Schedule.NextRun(campaign.DueOn, now) is { } nextDay)
            {
                await timers.ScheduleAsync(AttestationTimers.EntityType, AttestationTimers.EntityId(campaign), AttestationTimers.Reminders, nextDay, null, cancellationToken);
            }

            return;
        }

        var today = Schedule.Today(now);
        var day = Schedule.For(campaign.DueOn, today);
        var batch = options.Value.BatchSize;
        var pending = await store.Members(campaign.Id).Where(m => m.Status == MemberStatus.Pending).ToListAsync(cancellationToken);
        var dropped = 0;
        foreach (var member in pending.Where(m => !_audience.Contains(m.UserId)).Take(batch))
        {
            dropped += member.Remove(_leftDirectory.Contains(member.UserId) ? "left the directory" : "left the audience", now) ? 1 : 0;
        }

        var stillPending = pending.Where(m => m.Status == MemberStatus.Pending).ToList();
        var reminded = day.Remind ? await RemindAsync(campaign, stillPending, day, today, batch, cancellationToken) : 0;
        var told = day.ManagerNotice ? await NotifyManagersAsync(campaign, stillPending, now, batch, cancellationToken) : 0;
        var entityId = AttestationTimers.EntityId(campaign);
        var moreToday = pending.Count(m => !_audience.Contains(m.UserId)) > batch
            || (day.Remind && stillPending.Any(m => m.LastRemindedOn != today))
            || (day.ManagerNotice && stillPending.Any(m => m.ManagerNotifiedAt is null) && told == batch);
        var next = moreToday ? options.Value.NextBatchAt(now) : Schedule.NextRun(campaign.DueOn, now);
        if (next is { } at)
        {
            await timers.ScheduleAsync(AttestationTimers.EntityType, entityId, AttestationTimers.Reminders, at, null, cancellationToken);
        }

        await timers.ScheduleAsync(AttestationTimers.EntityType, entityId, AttestationTimers.Progress, now, null, cancellationToken);
        LogRun(logger, campaign.Number, reminded, told, dropped);
    }

    private async Task<int> RemindAsync(AttestationCampaign campaign, List<AudienceMember> pending, ReminderDay day, DateOnly today, int batch, CancellationToken cancellationToken)
    {
        var due = campaign.DueOn.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var text = day.Overdue ? $"Overdue: this was due on {due}." : today == campaign.DueOn ? "Due today." : $"Reminder: please accept by {due}.";
        var json = messages.AskJson(campaign, text);
        var reminded = new List<string>();
        foreach (var member in pending.Where(m => m.LastRemindedOn != today))
        {
            if (reminded.Count == batch)
            {
                break;
            }

            if (member.Remind(today))
            {
                reminded.Add(member.UserId);
            }
        }

        await messages.QueueAsksAsync(campaign, reminded, json, $"remind:{today:yyyyMMdd}", cancellationToken);
        return reminded.Count;
    }

    private async Task<int> NotifyManagersAsync(AttestationCampaign campaign, List<AudienceMember> pending, DateTimeOffset now, int batch, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var member in pending.Where(m => m.ManagerNotifiedAt is null && _managers.ContainsKey(m.UserId)).Take(batch))
        {
            // Marked even without a manager: the notice is once, and a person at the top has nobody to tell.
            member.NotifyManager(now);
            if (_managers[member.UserId] is { } manager)
            {
                await messages.QueueAsync(campaign, manager.Id, ManagerNoticeCard.Create(campaign, member), $"manager-notice:{member.UserId}", cancellationToken);
            }

            count++;
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {Number}: {Reminded} reminded, {Told} managers told, {Dropped} dropped out")]
    private static partial void LogRun(ILogger logger, int number, int reminded, int told, int dropped);
}
