using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Who belongs in an incident's room, from the directory (never from card data): the responders who took it, the
/// security lead, the CSO, the first reporter's manager, whoever declared it, and the configured roster groups —
/// in that order, so the cap (Crisis:MaxRoomMembers) drops roster members before a role.
/// </summary>
internal sealed class CrisisMembership(IDirectory directory, ISecurityRoles roles, IOptions<CrisisOptions> options)
{
    /// <summary>Adds everyone who belongs and is not there yet; returns how many were added.</summary>
    public async Task<int> FillAsync(CrisisRoom room, IncidentSnapshot incident, bool withRoster, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var added = 0;
        async Task AddAsync(string? userId, CrisisMemberRole role, string? rosterName = null, DirectoryUser? known = null)
        {
            if (string.IsNullOrWhiteSpace(userId) || room.IsMember(userId) || room.Members.Count >= options.Value.MaxRoomMembers)
            {
                return;
            }

            // People who left the directory are not invited; the name shown is the directory's.
            var user = known ?? await directory.GetUserAsync(userId, cancellationToken);
            if (user is not null && room.AddMember(user.Id, user.DisplayName, role, rosterName, now))
            {
                added++;
            }
        }

        await AddAsync(incident.AcknowledgedById, CrisisMemberRole.Responder);
        await AddAsync(incident.AssigneeId, CrisisMemberRole.Responder);
        if (await roles.GetSecurityLeadAsync(cancellationToken) is { } lead)
        {
            await AddAsync(lead.Id, CrisisMemberRole.SecurityLead, known: lead);
        }

        if (await roles.GetCsoAsync(cancellationToken) is { } cso)
        {
            await AddAsync(cso.Id, CrisisMemberRole.Cso, known: cso);
        }

        if (incident.ReporterIds.Count > 0 && await directory.GetManagerAsync(incident.ReporterIds[0], cancellationToken) is { } manager)
        {
            await AddAsync(manager.Id, CrisisMemberRole.ReportersManager, known: manager);
        }

        await AddAsync(room.DeclaredById, CrisisMemberRole.DeclaredBy);
        if (withRoster)
        {
            foreach (var (name, groupId) in options.Value.Roster.OrderBy(r => r.Key, StringComparer.OrdinalIgnoreCase))
            {
                foreach (var member in await directory.GetGroupMembersAsync(groupId, cancellationToken))
                {
                    await AddAsync(member.Id, CrisisMemberRole.Roster, name, member);
                }
            }
        }

        return added;
    }
}
