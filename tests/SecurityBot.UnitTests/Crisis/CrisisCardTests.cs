using SecurityBot.Crisis.Domain;
using SecurityBot.Crisis.Teams;

namespace SecurityBot.UnitTests.Crisis;

/// <summary>What the room's cards say: user text escaped, times for each reader's zone, who is here and why.</summary>
public sealed class CrisisCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_HostileTitle_IsEscapedAndDoesNotFormatDates()
    {
        var json = CrisisRoomCard.Create(CrisisCardSamples.OpenRoom("x"), CrisisCardSamples.Incident("[click](https://evil.example) {{DATE(2026-01-01T00:00:00Z)}}")).ToJson();

        json.Should().NotContain("[click](https://evil.example)");
        json.Should().NotContain("{{DATE(2026-01-01T00:00:00Z)}}");
    }

    [Fact]
    public void Create_OpenRoom_NamesEveryoneWithTheirReasonAndTheDueTimeForEachReader()
    {
        var json = CrisisRoomCard.Create(CrisisCardSamples.OpenRoom("Ransomware"), CrisisCardSamples.Incident("Ransomware")).ToJson();

        json.Should().Contain("Reporter\\u0027s manager").And.Contain("Megan Bowen").And.Contain("Legal").And.Contain("Lee Gu");
        json.Should().Contain("{{DATE(2026-12-05T10:00:00Z, SHORT)}} {{TIME(2026-12-05T10:00:00Z)}}");
    }

    [Fact]
    public void StakeholderUpdate_Card_ShowsStatusImpactAndNextDue()
    {
        var room = CrisisCardSamples.OpenRoom("Ransomware");
        var update = room.RecordUpdate(new StakeholderUpdateDraft("Contained", "Finance share offline"), ("lead", "Tomas Herrera"), TimeSpan.FromHours(2), Now);

        var json = StakeholderUpdateCard.Create(room, update, CrisisCardSamples.Incident("Ransomware")).ToJson();

        json.Should().Contain("Stakeholder update #1 — INC-000042").And.Contain("Contained").And.Contain("Finance share offline");
        json.Should().Contain("{{TIME(2026-12-05T11:00:00Z)}}");
    }
}
