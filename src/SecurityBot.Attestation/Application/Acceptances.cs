using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// "I have read and accept": the person who pressed (from the authenticated activity; the card only names the
/// campaign) must be in its audience. Their row, the evidence (once per person and policy version) and its audit
/// entry commit together; every copy of their card becomes the receipt; the owner's progress card is updated within
/// Attestation:ProgressUpdateSeconds, once for all the acceptances of that window, and an acceptance committed while
/// that update runs gets the next one (<see cref="ITimerScheduler.SaveWithCoalescedTimerAsync"/>). A double click
/// answers with the same receipt and changes nothing.
/// </summary>
internal sealed partial class Acceptances(
    AttestationStore store,
    AttestationMessages messages,
    ITimerScheduler timers,
    IAuditLog audit,
    IOptions<AttestationOptions> options,
    TimeProvider time,
    ILogger<Acceptances> logger)
{
    // Every acceptance appends to the one audit chain. Within a process appends take turns (the platform's audit
    // gate); across instances the chain's next sequence number is contested at 200 a second, and spaced retries (the
    // platform's jittered backoff) spread them out instead of colliding again at once. A timer-lease conflict is not
    // a race here: SaveWithCoalescedTimerAsync only touches a timer nobody has leased.
    private static readonly CommitRetry AcceptRetry = new(MaxAttempts: 16, VersionConflicts: false, AttestationUniqueKeys.Acceptance, PlatformUniqueKeys.AuditSequence);

    public async Task<AcceptOutcome> AcceptAsync(int number, ResolvedActor actor, CardLocation? pressed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await AcceptRetry.RunAsync(store.Db, async _ =>
        {
            var campaign = await store.FindAsync(number, cancellationToken);
            var member = campaign is null || campaign.Status == CampaignStatus.Draft ? null : await store.FindMemberAsync(campaign.Id, actor.Id, cancellationToken);
            if (campaign is null || member is null)
            {
                LogNotInAudience(logger, actor.Id, number);
                return AcceptOutcome.NotFound(number);
            }

            var now = time.GetUtcNow();
            try
            {
                if (!member.Accept(now))
                {
                    return new AcceptOutcome(UseCaseStatus.Succeeded, "You had already accepted it.", campaign, member);
                }
            }
            catch (RefusalException refusal)
            {
                return new AcceptOutcome(UseCaseStatus.Refused, refusal.Message, campaign, member);
            }

            if (await store.FindAcceptanceAsync(campaign.PolicyId, campaign.PolicyVersion, member.UserId, cancellationToken) is { } earlier)
            {
                // Accepted this version in another campaign a moment ago (two cards pressed together): that is the evidence.
                member.AcceptedEarlier(earlier.AcceptedAt, earlier.CampaignNumber);
            }
            else
            {
                var acceptance = PolicyAcceptance.Record(campaign, member, now);
                store.Add(acceptance);
                await audit.AppendAsync(new AuditRecord(PolicyAcceptance.EntityType, acceptance.AuditId, "accepted", actor.Id, member.DisplayName,
                    $"Accepted {campaign.PolicyTitle} version {campaign.PolicyVersion} in campaign {campaign.Number}"), cancellationToken);
            }

            await messages.UpdateToReceiptAsync(campaign, member, pressed, cancellationToken);
            await timers.SaveWithCoalescedTimerAsync(AttestationTimers.EntityType, AttestationTimers.EntityId(campaign), AttestationTimers.Progress,
                now + TimeSpan.FromSeconds(options.Value.ProgressUpdateSeconds), cancellationToken);
            LogAccepted(logger, member.UserId, campaign.Number, campaign.PolicyVersion);
            return new AcceptOutcome(UseCaseStatus.Succeeded, "Thank you: your acceptance is recorded.", campaign, member);
        }, SpaceOutAsync);
    }

    /// <summary>
    /// Waits a little before the next attempt after a lost race (wall-clock on purpose: it spaces out contention, it
    /// is not business time, so a test's manual clock must not hold it).
    /// </summary>
    private static async Task<RaceAnswer<AcceptOutcome>> SpaceOutAsync(LostRace lost)
    {
        if (lost.CanRetry)
        {
            await Task.Delay(RetryBackoff.Delay(lost.Attempt, 0.005, 0.25));
        }

        return RaceAnswer<AcceptOutcome>.Retry;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} pressed accept for campaign {Number}, which does not ask them")]
    private static partial void LogNotInAudience(ILogger logger, string userId, int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} accepted the policy of campaign {Number} (version {Version})")]
    private static partial void LogAccepted(ILogger logger, string userId, int number, string version);
}
