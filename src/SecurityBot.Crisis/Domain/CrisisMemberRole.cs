namespace SecurityBot.Crisis.Domain;

/// <summary>Why someone is in a room (the first reason found is kept).</summary>
internal enum CrisisMemberRole
{
    Responder = 0,
    SecurityLead = 1,
    Cso = 2,
    ReportersManager = 3,
    Roster = 4,
    DeclaredBy = 5,
}
