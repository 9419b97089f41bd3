using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>Tells the incidents capability which triage cards offer "Open crisis room" (Crisis:ManualMinimumSeverity and above).</summary>
internal sealed class SeverityRoomOffer(IOptions<CrisisOptions> options) : ICrisisRooms
{
    public bool OffersRoomFor(IncidentSeverity severity) => severity >= options.Value.ManualMinimumSeverity;
}
