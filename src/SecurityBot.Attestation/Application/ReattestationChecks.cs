using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// One comparison of the policy library with the campaigns: for each policy whose current version is newer than its
/// latest sent campaign's, and not offered yet, the offer row and the offer card to that campaign's owner commit in
/// one unit of work. Instances checking at the same moment race for the offer's unique key (policy, version): the
/// loser runs again, finds the winner's offer, and does nothing.
/// </summary>
internal sealed partial class ReattestationChecks(
    AttestationStore store,
    IPolicyDocuments policies,
    INotificationOutbox outbox,
    TimeProvider time,
    ILogger<ReattestationChecks> logger)
{
    private static readonly CommitRetry OfferRetry = new(MaxAttempts: 3, VersionConflicts: false, AttestationUniqueKeys.Offer, PlatformUniqueKeys.OutboxIdempotencyKey);

    /// <summary>The offers made by this check (0 when nothing is new, or another instance was faster).</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var documents = policies.Documents;
        if (documents.Count == 0)
        {
            return 0;
        }

        var latest = await LatestSentAsync(cancellationToken);
        var offered = (await store.Db.Set<ReattestationOffer>().AsNoTracking().Select(o => new { o.PolicyId, o.Version }).ToListAsync(cancellationToken))
            .Select(o => (o.PolicyId, o.Version)).ToHashSet();
        var made = 0;
        foreach (var document in documents)
        {
            var campaign = latest.GetValueOrDefault(document.Id);
            if (ReattestationRule.ShouldOffer(document.Version, campaign, offered.Contains((document.Id, document.Version)))
                && await OfferAsync(PolicySnapshot.Of(document), campaign!, cancellationToken))
            {
                made++;
            }
        }

        return made;
    }

    /// <summary>The newest sent (active or closed) campaign of each policy, by policy id.</summary>
    private async Task<Dictionary<string, AttestationCampaign>> LatestSentAsync(CancellationToken cancellationToken)
    {
        var campaigns = store.Db.Set<AttestationCampaign>().AsNoTracking().Where(c => c.Status != CampaignStatus.Draft);
        var numbers = await campaigns.GroupBy(c => c.PolicyId).Select(g => g.Max(c => c.Number)).ToListAsync(cancellationToken);
        return numbers.Count == 0
            ? []
            : (await campaigns.Where(c => numbers.Contains(c.Number)).ToListAsync(cancellationToken)).ToDictionary(c => c.PolicyId, StringComparer.OrdinalIgnoreCase);
    }

    private Task<bool> OfferAsync(PolicySnapshot current, AttestationCampaign from, CancellationToken cancellationToken) =>
        OfferRetry.RunAsync(store.Db, async attempt =>
        {
            // Read again inside the unit of work: another instance may have offered since the list above was read.
            if (await store.Db.Set<ReattestationOffer>().AnyAsync(o => o.PolicyId == current.Id && o.Version == current.Version, cancellationToken))
            {
                if (attempt > 1)
                {
                    LogOfferedElsewhere(logger, current.Id, current.Version);
                }

                return false;
            }

            var offer = ReattestationOffer.Make(current.Id, current.Version, from, time.GetUtcNow());
            store.Add(offer);
            await outbox.EnqueueAsync(new OutboundNotification(
                NotificationRecipient.User(from.OwnerId),
                TurnContextCardExtensions.ToActivityJson(ReattestationOfferCard.Create(from, current)),
                $"attest:reattest:{current.Id}:{current.Version}"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogOffered(logger, current.Id, from.PolicyVersion, current.Version, from.Number, from.OwnerId);
            return true;
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy {PolicyId} changed from version {OldVersion} to {NewVersion}: re-attestation offered to the owner of campaign {Number} ({OwnerId})")]
    private static partial void LogOffered(ILogger logger, string policyId, string oldVersion, string newVersion, int number, string ownerId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Policy {PolicyId} version {Version} was offered by another instance meanwhile")]
    private static partial void LogOfferedElsewhere(ILogger logger, string policyId, string version);
}
