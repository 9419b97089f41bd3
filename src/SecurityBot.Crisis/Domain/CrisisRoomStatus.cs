namespace SecurityBot.Crisis.Domain;

/// <summary>
/// A room's life: Requested (declared, the chat not yet made) → Open (chat created, bot installed, live card posted)
/// → Closed (the incident ended); or Failed when Graph refused for good (the lead is told, the incident goes on 1:1).
/// </summary>
internal enum CrisisRoomStatus
{
    Requested = 0,
    Open = 1,
    Failed = 2,
    Closed = 3,
}
