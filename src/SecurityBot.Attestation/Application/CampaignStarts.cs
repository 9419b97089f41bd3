using Microsoft.Extensions.Logging;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// The owner's "Send" on the confirmation: the draft becomes active, the fan-out timer and the audit entry commit
/// with it. The confirmation card pressed in the owner's personal chat becomes the progress card (its copy is
/// recorded, so every update edits it, as the card promises); without one, a progress card is queued. A double click
/// or a retried invoke finds it active and answers with the same campaign, changing nothing.
/// </summary>
internal sealed partial class CampaignStarts(
    AttestationStore store,
    CampaignRoles roles,
    ITimerScheduler timers,
    IAuditLog audit,
    AttestationMessages messages,
    TimeProvider time,
    ILogger<CampaignStarts> logger)
{
    private static readonly CommitRetry StartRetry = new(MaxAttempts: 5, VersionConflicts: true, PlatformUniqueKeys.AuditSequence);

    public async Task<CampaignOutcome> StartAsync(int number, ResolvedActor actor, CardLocation? pressedInPersonalChat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mayRun = await roles.MayRunCampaignsAsync(actor.Id, cancellationToken);
        return await StartRetry.RunAsync(store.Db, async _ =>
        {
            var campaign = await store.FindAsync(number, cancellationToken);
            if (campaign is null || !(campaign.IsOwner(actor.Id) || mayRun))
            {
                return CampaignOutcome.NotFound(number);
            }

            bool started;
            try
            {
                started = campaign.Start(actor.Id, time.GetUtcNow());
            }
            catch (RefusalException refusal)
            {
                return new CampaignOutcome(UseCaseStatus.Refused, refusal.Message, campaign);
            }

            if (!started)
            {
                return new CampaignOutcome(UseCaseStatus.Succeeded, $"Campaign {number} is already on its way.", campaign);
            }

            var now = time.GetUtcNow();
            await timers.ScheduleAsync(AttestationTimers.EntityType, AttestationTimers.EntityId(campaign), AttestationTimers.FanOut, now, null, cancellationToken);
            await audit.AppendAsync(new AuditRecord(AttestationCampaign.EntityType, AttestationTimers.EntityId(campaign), "started", actor.Id, campaign.OwnerName,
                $"Campaign {campaign.Number}: {campaign.PolicyId} version {campaign.PolicyVersion} to {campaign.AudienceLabel} ({campaign.AudienceSize} people), due {campaign.DueOn:yyyy-MM-dd}"), cancellationToken);
            if (pressedInPersonalChat is not null)
            {
                await messages.RecordProgressCardAsync(campaign, pressedInPersonalChat, cancellationToken);
            }
            else
            {
                await messages.QueueProgressCardAsync(campaign, ProgressFigures.Starting(campaign), cancellationToken);
            }
            await store.Db.SaveChangesAsync(cancellationToken);
            LogStarted(logger, campaign.Number, actor.Id);
            return new CampaignOutcome(UseCaseStatus.Succeeded, $"Campaign {number} is on its way to {campaign.AudienceSize} people.", campaign);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {Number} started by {UserId}")]
    private static partial void LogStarted(ILogger logger, int number, string userId);
}
