namespace SecurityBot.Platform.Contracts;

/// <summary>
/// The crisis-room capability as the incidents capability sees it: whether to offer "Open crisis room" on a triage
/// card (verb <see cref="CapabilityVerbs.OpenCrisisRoom"/>). Without it, the button is not shown. Register it as a
/// singleton: the incidents capability's card renderer, a singleton, asks it for every card it renders.
/// </summary>
public interface ICrisisRooms
{
    /// <summary>Whether rooms can be opened for incidents of this severity by hand.</summary>
    bool OffersRoomFor(Routing.IncidentSeverity severity);
}
