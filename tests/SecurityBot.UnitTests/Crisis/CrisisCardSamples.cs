using SecurityBot.Cards;
using SecurityBot.Crisis.Domain;
using SecurityBot.Crisis.Teams;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;
using SecurityBot.UnitTests.Cards;

namespace SecurityBot.UnitTests.Crisis;

/// <summary>The crisis room's cards in the card catalog: every state, hostile and longest texts.</summary>
public sealed class CrisisCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private const string Hostile = "**Urgent** [click](https://evil.example) <at>CEO</at> {{DATE(2026-01-01T00:00:00Z)}}\r\n# heading";

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var incident = Incident(Hostile);
        var room = OpenRoom(Hostile);
        yield return ("Crisis/welcome", CrisisRoomCard.Create(room, incident));
        yield return ("Crisis/welcome-long", CrisisRoomCard.Create(OpenRoom(new string('x', 400)), Incident(new string('y', 4000))));
        yield return ("Crisis/joined", CrisisRoomCard.Joined(room.Members[0]));
        yield return ("Crisis/closed", CrisisRoomCard.Closed(room, incident with { Stage = IncidentStage.Resolved, Resolution = Hostile }));
        var failed = CrisisRoom.Declare("INC-000042", "Ransomware", ("lead", "Tomas Herrera"), Now);
        failed.StepFailedPermanently("CreateChat: Creating the chat failed with HTTP 403: Forbidden.", Now);
        yield return ("Crisis/failed", CrisisRoomCard.Failed(failed, incident));
        var update = room.RecordUpdate(new StakeholderUpdateDraft(Hostile, Hostile), ("lead", Hostile), TimeSpan.FromHours(1), Now);
        yield return ("Crisis/stakeholder-update", StakeholderUpdateCard.Create(room, update, incident));
        var longest = room.RecordUpdate(new StakeholderUpdateDraft(new string('s', StakeholderUpdateDraft.MaxStatusLength), null), ("lead", "Tomas"), TimeSpan.FromHours(1), Now);
        yield return ("Crisis/stakeholder-update-longest", StakeholderUpdateCard.Create(room, longest, null));
        yield return ("Crisis/update-due", UpdateDueCard.Create(room, Now.AddHours(1)));
    }

    internal static IncidentSnapshot Incident(string title) => new(
        "INC-000042", title, "malware", IncidentSeverity.Critical, IncidentStage.Acknowledged, "What happened", ["reporter"],
        "responder", null, Now.AddHours(-1), null, null, 3);

    internal static CrisisRoom OpenRoom(string title)
    {
        var room = CrisisRoom.Declare("INC-000042", title, null, Now);
        room.AddMember("responder", "Isaiah Langer", CrisisMemberRole.Responder, null, Now);
        room.AddMember("lead", "Tomas Herrera", CrisisMemberRole.SecurityLead, null, Now);
        room.AddMember("cso", "Priya Raman", CrisisMemberRole.Cso, null, Now);
        room.AddMember("manager", "Megan Bowen", CrisisMemberRole.ReportersManager, null, Now);
        room.AddMember("legal", "Lee Gu", CrisisMemberRole.Roster, "Legal", Now);
        room.ChatCreated("19:room@thread.v2", Now);
        room.BotInstalled("https://smba.example/amer/", Now);
        room.Opened(TimeSpan.FromHours(1), Now);
        return room;
    }
}
