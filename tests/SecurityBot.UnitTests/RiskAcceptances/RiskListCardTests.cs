using SecurityBot.Cards;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.RiskAcceptances.Teams;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskListCardTests
{
    [Fact]
    public void Create_UserHasRequests_FooterNamesOneOfTheirsAndStatusesReadAsSentences()
    {
        var json = RiskListCard.Create([Numbered(42), Accepted()], null, byExpiry: false, TimeDisplay.Utc).ToJson();

        json.Should().Contain("Type risk RA-000042 to open one.", "the example is one of the user's own references");
        json.Should().Contain("\"Pending approval\"").And.Contain("\"Accepted until 31 May 2026\"");
        json.Should().NotContain("\"pending\"");
    }

    [Fact]
    public void Create_NothingListed_FooterNamesNoReference()
    {
        var json = RiskListCard.Create([], [], byExpiry: true, TimeDisplay.Utc).ToJson();

        json.Should().NotContain("Type risk RA-");
        json.Should().Contain("risk export for CSV");
    }

    [Fact]
    public void Create_NothingOfTheirsAndNoRegister_SaysHowToRequestOnce()
    {
        var json = RiskListCard.Create([], null, byExpiry: false, TimeDisplay.Utc).ToJson();

        json.Should().Contain("You have not requested any. Type risk to request one.");
        json.Split("Type risk to request one.").Should().HaveCount(2, "the empty list already says it; the footer does not repeat it");
    }

    private static RiskAcceptance Numbered(int number)
    {
        var options = new RiskAcceptanceOptions();
        var risk = RiskAcceptance.Create(number, Requester, Details(), options.MaxDurationDays, Now);
        risk.Submit(options.ChainFor(risk.Score.Level), Now);
        return risk;
    }
}
