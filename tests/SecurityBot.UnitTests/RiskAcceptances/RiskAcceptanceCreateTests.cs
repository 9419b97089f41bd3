using SecurityBot.RiskAcceptances.Domain;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

/// <summary>A new request guards its own details: validation, the duration cap, the request key.</summary>
public sealed class RiskAcceptanceCreateTests
{
    [Fact]
    public void Create_ValidDetails_IsDraftVersionOneWithReference()
    {
        var risk = RiskAcceptance.Create(17, Requester, Details(), 365, Now);

        risk.Status.Should().Be(RiskAcceptanceStatus.Draft);
        risk.Version.Should().Be(1);
        risk.Reference.Should().Be("RA-000017");
        risk.Score.Level.Should().Be(RiskLevel.Critical);
    }

    [Fact]
    public void Create_InvalidDetails_ListsEveryError()
    {
        var details = Details() with { Title = "", Description = "short", Likelihood = 0, Impact = 9, DurationDays = 400, Justification = " " };

        var act = () => RiskAcceptance.Create(1, Requester, details, 365, Now);

        act.Should().Throw<RiskAcceptanceValidationException>()
            .Which.Errors.Select(e => e.Field).Should().BeEquivalentTo(["title", "description", "likelihood", "impact", "durationDays", "justification"]);
    }

    [Fact]
    public void Create_DurationAboveConfiguredCap_Refused()
    {
        var act = () => RiskAcceptance.Create(1, Requester, Details(days: 120), 90, Now);

        act.Should().Throw<RiskAcceptanceValidationException>().Which.Errors.Should().ContainSingle(e => e.Field == "durationDays");
    }

    [Fact]
    public void Create_ConfiguredCapAboveOneYear_StillCappedAt365()
    {
        var act = () => RiskAcceptance.Create(1, Requester, Details(days: 400), 1000, Now);

        act.Should().Throw<RiskAcceptanceValidationException>();
    }

    [Fact]
    public void Create_RequestKeyLongerThanAHash_Refused()
    {
        var act = () => RiskAcceptance.Create(1, Requester, Details(), 365, Now, new string('a', RiskAcceptance.MaxRequestKeyLength + 1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
