using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Attestation.Application;

/// <summary>The campaigns, their audiences and the acceptances in the scoped unit of work.</summary>
internal sealed class AttestationStore(SecurityBotDbContext db)
{
    public SecurityBotDbContext Db => db;

    public Task<AttestationCampaign?> FindAsync(int number, CancellationToken cancellationToken) =>
        db.Set<AttestationCampaign>().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);

    /// <summary>The campaign as stored, not tracked: for reading outside a unit of work.</summary>
    public Task<AttestationCampaign?> ReadAsync(int number, CancellationToken cancellationToken) =>
        db.Set<AttestationCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);

    public Task<AttestationCampaign?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<AttestationCampaign>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The latest campaign someone may see by default: the newest active (or else newest) one.</summary>
    public Task<AttestationCampaign?> LatestAsync(CancellationToken cancellationToken) =>
        db.Set<AttestationCampaign>().AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Draft)
            .OrderBy(c => c.Status == CampaignStatus.Active ? 0 : 1).ThenByDescending(c => c.Number)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<int> NextNumberAsync(CancellationToken cancellationToken) =>
        (await db.Set<AttestationCampaign>().MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0) + 1;

    public Task<AudienceMember?> FindMemberAsync(Guid campaignId, string userId, CancellationToken cancellationToken) =>
        db.Set<AudienceMember>().SingleOrDefaultAsync(m => m.CampaignId == campaignId && m.UserId == userId, cancellationToken);

    public IQueryable<AudienceMember> Members(Guid campaignId) => db.Set<AudienceMember>().Where(m => m.CampaignId == campaignId);

    /// <summary>The ids already in the campaign (any status): the fan-out skips them.</summary>
    public async Task<HashSet<string>> MemberIdsAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await Members(campaignId).Select(m => m.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Earlier acceptances of this version by these people: they are not asked again.</summary>
    public async Task<Dictionary<string, PolicyAcceptance>> AcceptancesAsync(string policyId, string version, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        (await db.Set<PolicyAcceptance>().AsNoTracking()
            .Where(a => a.PolicyId == policyId && a.PolicyVersion == version && userIds.Contains(a.UserId))
            .ToListAsync(cancellationToken))
        .ToDictionary(a => a.UserId, StringComparer.OrdinalIgnoreCase);

    public Task<PolicyAcceptance?> FindAcceptanceAsync(string policyId, string version, string userId, CancellationToken cancellationToken) =>
        db.Set<PolicyAcceptance>().SingleOrDefaultAsync(a => a.PolicyId == policyId && a.PolicyVersion == version && a.UserId == userId, cancellationToken);

    public void Add(object entity) => db.Add(entity);
}
