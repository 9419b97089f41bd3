namespace SecurityBot.Crisis.Application;

/// <summary>
/// Tells the security lead (and whoever asked for the room) that a room could not be made and why, in their 1:1
/// chats: the incident is not held up — it escalates through the 1:1 cards as always — but someone must fix the cause.
/// </summary>
internal sealed class CrisisFailureNotices(ISecurityRoles roles, CrisisMessages messages)
{
    public async Task RoomFailedAsync(CrisisRoom room, IncidentSnapshot incident, CancellationToken cancellationToken)
    {
        var people = new List<string>();
        if (await roles.GetSecurityLeadAsync(cancellationToken) is { } lead)
        {
            people.Add(lead.Id);
        }

        if (room.DeclaredById is { } declaredBy && !people.Contains(declaredBy, StringComparer.OrdinalIgnoreCase))
        {
            people.Add(declaredBy);
        }

        var card = CrisisRoomCard.Failed(room, incident);
        foreach (var person in people)
        {
            // One notice per failure: the version names this failure, a later one (after a retry) is news again.
            await messages.SendToPersonAsync(room, person, card, $"failed:v{room.Version}", cancellationToken);
        }
    }
}
