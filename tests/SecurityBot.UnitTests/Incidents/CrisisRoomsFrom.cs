using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Incidents;

/// <summary>A crisis-room capability as the incidents capability sees it: rooms offered from one severity up.</summary>
internal sealed class CrisisRoomsFrom(IncidentSeverity lowest) : ICrisisRooms
{
    public bool OffersRoomFor(IncidentSeverity severity) => severity >= lowest;
}
