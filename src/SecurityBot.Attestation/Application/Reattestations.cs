using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// The offer's "Draft re-attestation" and the draft it leads to. The card's data only names a policy and version:
/// the server checks who asks (security roles), that this version was offered, and that it is still the library's
/// current one; the form then starts from the earlier campaign (its audience), a due date two weeks ahead and a
/// message naming the changed sections. The draft compares with that campaign only when it is an earlier, sent
/// campaign of the same policy.
/// </summary>
internal sealed partial class Reattestations(
    AttestationStore store,
    CampaignRoles roles,
    IPolicyDocuments policies,
    IOptions<AttestationOptions> options,
    TimeProvider time,
    ILogger<Reattestations> logger)
{
    /// <summary>Days from today the form's due date starts at (within Attestation:MaxDueDays).</summary>
    public const int DueInDays = 14;

    public async Task<ReattestationPlan> PlanAsync(ResolvedActor actor, string? policyId, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await roles.MayRunCampaignsAsync(actor.Id, cancellationToken))
        {
            LogRefused(logger, actor.Id);
            return new ReattestationPlan(UseCaseStatus.Forbidden, CampaignOutcome.NotAllowed.Message);
        }

        if (string.IsNullOrWhiteSpace(policyId) || string.IsNullOrWhiteSpace(version))
        {
            return new ReattestationPlan(UseCaseStatus.Invalid, "This card does not say which policy version it is about.");
        }

        var offer = await store.Db.Set<ReattestationOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.PolicyId == policyId && o.Version == version, cancellationToken);
        var from = offer is null ? null : await store.ReadAsync(offer.FromCampaign, cancellationToken);
        if (offer is null || from is null)
        {
            return new ReattestationPlan(UseCaseStatus.NotFound, $"There is no re-attestation offer for {policyId} version {version}.");
        }

        var current = policies.Documents.FirstOrDefault(d => string.Equals(d.Id, offer.PolicyId, StringComparison.OrdinalIgnoreCase));
        if (current is null)
        {
            return new ReattestationPlan(UseCaseStatus.Stale, $"The policy {offer.PolicyId} is no longer in the policy library: there is nothing to re-attest.");
        }

        if (!string.Equals(current.Version, offer.Version, StringComparison.Ordinal))
        {
            LogChangedAgain(logger, offer.PolicyId, offer.Version, current.Version);
            return new ReattestationPlan(UseCaseStatus.Stale,
                $"{current.Title} changed again: the library now has version {current.Version}, not {offer.Version}. " +
                (PolicyVersions.IsNewer(current.Version, offer.Version)
                    ? $"Use the offer for version {current.Version}: it shows everything that changed since campaign {from.Number.ToString(CultureInfo.InvariantCulture)}."
                    : "Type policy campaign to start a campaign for the version it has now."));
        }

        var o = options.Value;
        var today = new ReminderSchedule(o).Today(time.GetUtcNow());
        var changes = PolicySnapshot.Of(current).ChangesSince(from.Policy);
        return new ReattestationPlan(UseCaseStatus.Succeeded, string.Empty, current.Id, from, today.AddDays(Math.Min(DueInDays, o.MaxDueDays)), Message(current, from, changes));
    }

    /// <summary>
    /// The earlier campaign a draft of <paramref name="policy"/> compares with (<paramref name="number"/>, from the
    /// form): its policy as people accepted it, or the reason it cannot be.
    /// </summary>
    public async Task<(PolicySnapshot? Previous, string? Error)> PreviousAsync(int number, PolicySnapshot policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var campaign = number > 0 ? await store.ReadAsync(number, cancellationToken) : null;
        return campaign is not null && ReattestationRule.CanCompareWith(policy, campaign)
            ? (campaign.Policy, null)
            : (null, $"A re-attestation of {policy.Title} compares with an earlier sent campaign of the same policy; campaign {number.ToString(CultureInfo.InvariantCulture)} is not one. Choose the policy again from the offer.");
    }

    /// <summary>The earlier campaign a re-attestation draft compares with: the newest sent one of its policy at the version it names.</summary>
    public async Task<int?> PreviousNumberAsync(AttestationCampaign draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.PreviousVersion is not { } previous)
        {
            return null;
        }

        return await store.Db.Set<AttestationCampaign>().AsNoTracking()
            .Where(c => c.PolicyId == draft.PolicyId && c.PolicyVersion == previous && c.Status != CampaignStatus.Draft)
            .MaxAsync(c => (int?)c.Number, cancellationToken);
    }

    private static string Message(PolicyDocument current, AttestationCampaign from, IReadOnlyList<SectionChange> changes)
    {
        var text = changes.Count == 0
            ? $"{current.Title} is now version {current.Version} (you accepted {from.PolicyVersion}). Please read it and accept the new version."
            : $"{current.Title} is now version {current.Version} (you accepted {from.PolicyVersion}). What changed: {Describe(changes)}. Please read these sections and accept the new version.";
        return text.Length <= AttestationCampaign.MaxMessageLength ? text : CardText.Truncate(text, AttestationCampaign.MaxMessageLength);
    }

    /// <summary>"2.3 Lock your screen, 2.4 Report a lost device (added)": changed sections by number and heading, the others marked.</summary>
    private static string Describe(IReadOnlyList<SectionChange> changes) =>
        string.Join(", ", changes.Select(c => c.Kind == SectionChangeKind.Changed ? $"{c.Number} {c.Heading}" : c.ToString()));

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not draft a re-attestation")]
    private static partial void LogRefused(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-attestation of {PolicyId} version {Offered} not drafted: the library has version {Current} now")]
    private static partial void LogChangedAgain(ILogger logger, string policyId, string offered, string current);
}
