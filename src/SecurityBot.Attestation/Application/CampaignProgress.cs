using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// Counts a campaign's progress in the database (grouped queries over the campaign + status index), so an acceptance
/// only writes its own row and 200 of them a second never contend on a counter.
/// </summary>
internal sealed class CampaignProgress(AttestationStore store, IOptions<AttestationOptions> options, TimeProvider time)
{
    public const int MaxOverdueNames = 15;
    public const int MaxDepartments = 12;

    public async Task<ProgressFigures> ComputeAsync(AttestationCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var rows = await store.Members(campaign.Id).AsNoTracking()
            .GroupBy(m => new { m.Department, m.Status })
            .Select(g => new { g.Key.Department, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var accepted = rows.Where(r => r.Status == MemberStatus.Accepted).Sum(r => r.Count);
        var removed = rows.Where(r => r.Status == MemberStatus.Removed).Sum(r => r.Count);
        var pending = rows.Where(r => r.Status == MemberStatus.Pending).Sum(r => r.Count);
        var departments = rows.Where(r => r.Status != MemberStatus.Removed)
            .GroupBy(r => r.Department ?? "(no department)")
            .Select(g => new DepartmentProgress(g.Key, g.Where(r => r.Status == MemberStatus.Accepted).Sum(r => r.Count), g.Sum(r => r.Count)))
            .OrderByDescending(d => d.Asked - d.Accepted).ThenBy(d => d.Department, StringComparer.OrdinalIgnoreCase)
            .Take(MaxDepartments)
            .ToList();
        var today = new ReminderSchedule(options.Value).Today(time.GetUtcNow());
        var overdue = campaign.IsOverdueOn(today) ? pending : 0;
        IReadOnlyList<string> names = overdue == 0
            ? []
            : await store.Members(campaign.Id).AsNoTracking()
                .Where(m => m.Status == MemberStatus.Pending)
                .OrderBy(m => m.DisplayName)
                .Select(m => m.DisplayName)
                .Take(MaxOverdueNames)
                .ToListAsync(cancellationToken);
        var asked = accepted + pending;
        return new ProgressFigures(campaign.FannedOutAt is null ? Math.Max(asked, campaign.AudienceSize) : asked, accepted, removed, overdue, departments, names, campaign.FannedOutAt is not null);
    }
}
