using SecurityBot.Metrics.Domain;
using static SecurityBot.UnitTests.Metrics.MetricsSample;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>Risk register and policy figures against values worked out by hand from <see cref="MetricsSample"/>.</summary>
public sealed class RiskAndPolicyMetricsTests
{
    private static readonly RiskFigures Risks = RiskMetrics.Compute(Register, November);

    [Fact]
    public void Compute_OpenByBandAndHeatMap_CountPendingAndInForceOnly()
    {
        Risks.OpenByBand.Should().Equal(new NamedCount("Critical", 1), new NamedCount("High", 0), new NamedCount("Medium", 1), new NamedCount("Low", 0));
        Risks.HeatMap[3, 3].Should().Be(1);
        Risks.HeatMap[1, 2].Should().Be(1);
        Risks.HeatMap.Cast<int>().Sum().Should().Be(2);
    }

    [Fact]
    public void Compute_Decisions_CountedWhenMadeAndTimedFromTheStagesStart()
    {
        Risks.Decided.Should().Be(new Trend(2, 2));
        Risks.DecisionTimeByStage.Should().HaveCount(2);
        Risks.DecisionTimeByStage[0].Stage.Should().Be("cso");
        Risks.DecisionTimeByStage[0].Time.Median.Should().Be(TimeSpan.FromDays(32), "from the manager's approval on 3 October to the CSO's on 4 November");
        Risks.DecisionTimeByStage[1].Stage.Should().Be("manager");
        Risks.DecisionTimeByStage[1].Time.Median.Should().Be(TimeSpan.FromDays(2));
    }

    [Fact]
    public void Compute_Expiry_SoonExpiredAndOverdueRemediation()
    {
        Risks.ExpiringSoon.Should().ContainSingle().Which.Should().Be(new OpenItem("RA-000001", "Legacy <b>VPN</b>", "expires 2026-12-20", At(12, 20, 9)));
        Risks.ExpiredInPeriod.Should().Be(new Trend(1, 0));
        Risks.RemediationOverdue.Should().ContainSingle().Which.Reference.Should().Be("RA-000003");
        Risks.RemediationOverdue[0].Why.Should().Be("expired 2026-11-15");
    }

    [Fact]
    public void Compute_ReaderInAnotherZone_ItemDatesAreTheReadersDates()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        var risks = RiskMetrics.Compute(Register, November, tokyo);

        risks.ExpiringSoon[0].Why.Should().Be("expires 2026-12-20", "09:00 UTC is 18:00 in Tokyo, the same day");
        RiskMetrics.Compute([Register[0] with { ExpiresAt = At(12, 19, 20) }], November, tokyo).ExpiringSoon[0].Why
            .Should().Be("expires 2026-12-20", "20:00 UTC on the 19th is already the 20th in Tokyo");
    }

    [Fact]
    public void Compute_Policies_OverdueOnlyWhenTheReviewDatePassedBeforeTheLastDay()
    {
        var policies = PolicyMetrics.Compute(Reviews, new DateOnly(2026, 11, 30));

        policies.Policies.Should().Be(3);
        policies.OverdueForReview.Should().ContainSingle().Which.Reference.Should().Be("POL-ACCESS");
        policies.OverdueForReview[0].Why.Should().Be("review was due 2026-11-15 (owner: Security Office)");
    }

    [Fact]
    public void DurationSummary_EvenAndOddCounts_MedianAndNearestRankP90()
    {
        var odd = DurationSummary.Of([.. new[] { 5, 1, 3 }.Select(m => TimeSpan.FromMinutes(m))]);
        odd.Should().Be(new DurationSummary(3, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5)));

        var ten = DurationSummary.Of([.. Enumerable.Range(1, 10).Select(m => TimeSpan.FromMinutes(m))]);
        ten.Median.Should().Be(TimeSpan.FromMinutes(5.5));
        ten.P90.Should().Be(TimeSpan.FromMinutes(9), "the 9th of 10 (⌈0.9·10⌉), a duration that really happened");
        ten.Mean.Should().Be(TimeSpan.FromMinutes(5.5));
    }
}
