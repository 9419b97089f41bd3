using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// Fires "attest.fanout": gives the next batch of the audience their card, then reschedules itself until everyone has
/// one. The audience is read from the directory before the unit of work (PrepareAsync: Graph holds no database lock);
/// each batch's people, their cards (outbox rows) and the timer's mark commit together, and a person is in a campaign
/// once, so a crash or a retry never loses nor doubles a card. Someone who accepted this version in an earlier
/// campaign is counted as accepted and gets no card. The outbox sends within Teams' rate limits.
/// </summary>
internal sealed partial class FanOutHandler(
    AttestationStore store,
    AudienceResolver audiences,
    AttestationMessages messages,
    ITimerScheduler timers,
    IOptions<AttestationOptions> options,
    TimeProvider time,
    ILogger<FanOutHandler> logger) : ITimerHandler
{
    private IReadOnlyList<DirectoryUser>? _people;

    public string Kind => AttestationTimers.FanOut;

    public async Task PrepareAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _people = null;
        if (!AttestationTimers.TryParse(timer.EntityId, out var number)
            || await store.ReadAsync(number, cancellationToken) is not { Status: CampaignStatus.Active, FannedOutAt: null } campaign)
        {
            return;
        }

        _people = await audiences.ResolveAsync(new CampaignAudience(campaign.AudienceKind, campaign.AudienceValue, campaign.AudienceLabel), cancellationToken);
    }

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!AttestationTimers.TryParse(timer.EntityId, out var number)
            || await store.FindAsync(number, cancellationToken) is not { Status: CampaignStatus.Active, FannedOutAt: null } campaign
            || _people is null)
        {
            return;
        }

        var o = options.Value;
        var now = time.GetUtcNow();
        var existing = await store.MemberIdsAsync(campaign.Id, cancellationToken);
        var remaining = _people.Where(p => !existing.Contains(p.Id)).ToList();
        // The first batch is a tenth of the others: its cards start leaving about a second after Send instead of
        // after a whole batch is prepared and committed, while the outbox sends. A batch holds the SQLite write lock
        // (every delivery commit and lease renewal waits), so its cards are queued with one key lookup: 1,000 took
        // 7 s one by one, about 0.3 s now (docs/benchmarks-attestation.md).
        var batch = remaining.Take(existing.Count == 0 ? FirstBatchSize(o.BatchSize) : o.BatchSize).ToList();
        var earlier = await store.AcceptancesAsync(campaign.PolicyId, campaign.PolicyVersion, [.. batch.Select(p => p.Id)], cancellationToken);
        var askJson = batch.Count > earlier.Count ? messages.AskJson(campaign) : null;
        foreach (var person in batch)
        {
            var member = AudienceMember.Add(campaign.Id, person.Id, person.DisplayName, person.Department, now);
            if (earlier.TryGetValue(person.Id, out var acceptance))
            {
                member.AcceptedEarlier(acceptance.AcceptedAt, acceptance.CampaignNumber);
            }

            store.Add(member);
        }

        if (askJson is not null)
        {
            await messages.QueueAsksAsync(campaign, batch.Where(p => !earlier.ContainsKey(p.Id)).Select(p => p.Id), askJson, "ask", cancellationToken);
        }

        var entityId = AttestationTimers.EntityId(campaign);
        if (remaining.Count > batch.Count)
        {
            await timers.ScheduleAsync(AttestationTimers.EntityType, entityId, AttestationTimers.FanOut, o.NextBatchAt(now), null, cancellationToken);
            LogBatch(logger, campaign.Number, batch.Count, remaining.Count - batch.Count);
            return;
        }

        campaign.FannedOut(existing.Count + batch.Count, now);
        if (new ReminderSchedule(o).NextRun(campaign.DueOn, now) is { } next)
        {
            await timers.ScheduleAsync(AttestationTimers.EntityType, entityId, AttestationTimers.Reminders, next, null, cancellationToken);
        }

        await timers.ScheduleAsync(AttestationTimers.EntityType, entityId, AttestationTimers.Progress, now, null, cancellationToken);
        LogDone(logger, campaign.Number, campaign.AudienceSize);
    }

    /// <summary>The size of a campaign's first fan-out batch: a tenth of Attestation:BatchSize, at least 10.</summary>
    internal static int FirstBatchSize(int batchSize) => Math.Min(batchSize, Math.Max(10, batchSize / 10));

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {Number}: {Count} more people given their card, {Left} to go")]
    private static partial void LogBatch(ILogger logger, int number, int count, int left);

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {Number}: all {Size} people have their card")]
    private static partial void LogDone(ILogger logger, int number, int size);
}
