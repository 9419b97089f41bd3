using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Who the regulator's clock concerns, from configuration and the directory (never from what was typed): the DPO
/// (Crisis:Regulator:DpoUserId, else the members of the Crisis:Roster:Privacy group), the CSO and the security lead.
/// They — and only they — record the notification or the decision that none is needed.
/// </summary>
internal sealed class RegulatorPeople(IDirectory directory, ISecurityRoles roles, IOptions<RegulatorOptions> regulator, IOptions<CrisisOptions> crisis)
{
    public const string PrivacyRoster = "Privacy";

    /// <summary>The DPO's object ids (none when neither a DPO nor a Privacy roster group is configured).</summary>
    public async Task<IReadOnlyList<string>> DpoIdsAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(regulator.Value.DpoUserId))
        {
            return [regulator.Value.DpoUserId];
        }

        return crisis.Value.Roster.TryGetValue(PrivacyRoster, out var groupId) && !string.IsNullOrWhiteSpace(groupId)
            ? [.. (await directory.GetGroupMembersAsync(groupId, cancellationToken)).Select(m => m.Id)]
            : [];
    }

    /// <summary>Who is reminded: the DPO and the CSO, each once.</summary>
    public async Task<IReadOnlyList<string>> ReminderRecipientsAsync(CancellationToken cancellationToken)
    {
        var people = new List<string>(await DpoIdsAsync(cancellationToken));
        if (await roles.GetCsoAsync(cancellationToken) is { } cso)
        {
            people.Add(cso.Id);
        }

        return [.. people.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Who hears that the deadline passed un-notified: the DPO, the CSO and the security lead.</summary>
    public async Task<IReadOnlyList<string>> DeadlineRecipientsAsync(CancellationToken cancellationToken)
    {
        var people = new List<string>(await ReminderRecipientsAsync(cancellationToken));
        if (await roles.GetSecurityLeadAsync(cancellationToken) is { } lead)
        {
            people.Add(lead.Id);
        }

        return [.. people.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Whether the person may record the notification or the decision: the DPO, the CSO or the security lead.</summary>
    public async Task<bool> MayDecideAsync(string userId, CancellationToken cancellationToken)
    {
        if (await roles.IsCsoAsync(userId, cancellationToken)
            || await roles.IsSecurityLeadAsync(userId, cancellationToken))
        {
            return true;
        }

        return (await DpoIdsAsync(cancellationToken)).Contains(userId, StringComparer.OrdinalIgnoreCase);
    }
}
