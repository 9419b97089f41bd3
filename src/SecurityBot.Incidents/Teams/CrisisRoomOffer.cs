using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// Whether a triage card offers "Open crisis room": only when a crisis-room capability is registered
/// (<see cref="ICrisisRooms"/>, a singleton like the card renderer that asks) and it offers rooms for the incident's
/// severity, and only while the incident is open. Without one, the button is never shown.
/// </summary>
internal sealed class CrisisRoomOffer(IEnumerable<ICrisisRooms> rooms)
{
    private readonly IReadOnlyList<ICrisisRooms> _rooms = [.. rooms];

    /// <summary>No crisis-room capability: for the cards built where none is registered (tests, samples).</summary>
    public static CrisisRoomOffer None { get; } = new([]);

    public bool For(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.IsOpen && _rooms.Any(r => r.OffersRoomFor(incident.Severity));
    }
}
