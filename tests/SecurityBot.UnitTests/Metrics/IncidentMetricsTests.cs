using SecurityBot.Metrics.Domain;
using SecurityBot.Platform.Routing;
using static SecurityBot.UnitTests.Metrics.MetricsSample;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>Incident figures against values worked out by hand from <see cref="MetricsSample"/>.</summary>
public sealed class IncidentMetricsTests
{
    private static readonly IncidentFigures Figures = IncidentMetrics.Compute(MetricsSample.Incidents, Reports, November);

    [Fact]
    public void Compute_Reported_CountsFirstReportsInThePeriodAgainstThePreviousOne()
    {
        Figures.Reported.Should().Be(new Trend(4, 2));
        Figures.Reported.Arrow.Should().Be("▲ 2");
        Figures.BySeverity.Should().Equal(
            (IncidentSeverity.Critical, new Trend(1, 0)), (IncidentSeverity.High, new Trend(2, 0)),
            (IncidentSeverity.Medium, new Trend(0, 1)), (IncidentSeverity.Low, new Trend(1, 1)));
        Figures.ByCategory.Should().Equal(new NamedCount("phishing", 2), new NamedCount("lost-device", 1), new NamedCount("malware", 1));
    }

    [Fact]
    public void Compute_Reporters_CountsReportsPeopleAndCampaignReachCaseInsensitively()
    {
        Figures.Reports.Should().Be(new Trend(6, 2));
        Figures.Reporters.Should().Be(4, "alice (twice spelt ALICE), bob, carol, dave");
        Figures.TopReporters[0].Should().Be(new NamedCount("alice", 3));
        Figures.TopReporters.Skip(1).Should().OnlyContain(c => c.Count == 1).And.HaveCount(3);
        Figures.Clusters.Should().Equal(new NamedCount("INC-000001", 3));
    }

    [Fact]
    public void Compute_Times_MeanMedianAndP90PerSeverityAgainstTheSla()
    {
        var high = Figures.Times.Single(t => t.Severity == IncidentSeverity.High);
        high.Reported.Should().Be(2);
        high.Acknowledge.Should().Be(new DurationSummary(2, TimeSpan.FromMinutes(75), TimeSpan.FromMinutes(75), TimeSpan.FromHours(2)));
        high.Close.Should().Be(new DurationSummary(2, TimeSpan.FromHours(36), TimeSpan.FromHours(36), TimeSpan.FromHours(48)));
        (high.WithinSla, high.Breached).Should().Be((1, 1));

        var critical = Figures.Times.Single(t => t.Severity == IncidentSeverity.Critical);
        critical.Acknowledge.Should().Be(DurationSummary.Empty, "never acknowledged: no figure rather than zero");
        (critical.WithinSla, critical.Breached).Should().Be((0, 1));
        var low = Figures.Times.Single(t => t.Severity == IncidentSeverity.Low);
        (low.Acknowledge.Mean, low.WithinSla, low.Breached, low.Close.Count).Should().Be((TimeSpan.FromHours(1), 1, 0, 0));
        Figures.Times.Select(t => t.Severity).Should().Equal(IncidentSeverity.Critical, IncidentSeverity.High, IncidentSeverity.Medium, IncidentSeverity.Low);
    }

    [Fact]
    public void Compute_SlaAndEscalations_BreachesWithTrendAndEachStepReached()
    {
        Figures.SlaBreaches.Should().Be(new Trend(2, 0));
        Figures.EscalationsByStep.Should().Equal(new NamedCount("Step 1", 2), new NamedCount("Step 2", 1));
    }

    [Fact]
    public void Compute_OpenAtTheEnd_ByAgeAndBreachingNow()
    {
        Figures.OpenByAge.Select(c => c.Count).Should().Equal(0, 0, 2, 1);
        Figures.BreachingNow.Should().ContainSingle().Which.Should().Be(
            new OpenItem("INC-000003", "Critical malware", "SLA passed 20 d ago", At(11, 10, 12, 15)));
    }

    [Fact]
    public void Compute_NoIncidents_ZeroesAndEmptyListsNotErrors()
    {
        var empty = IncidentMetrics.Compute([], [], November);

        empty.Reported.Should().Be(new Trend(0, 0));
        empty.Times.Should().OnlyContain(t => t.Acknowledge == DurationSummary.Empty && t.Close == DurationSummary.Empty);
        empty.EscalationsByStep.Should().BeEmpty();
        empty.BreachingNow.Should().BeEmpty();
    }

    [Theory]
    [InlineData(30, "30 min")]
    [InlineData(0.5, "1 min")]
    [InlineData(60 * 5, "5 h")]
    [InlineData(60 * 47, "47 h")]
    [InlineData(60 * 24 * 3, "3 d")]
    public void Ago_Span_InTheUnitAReaderTakesIn(double minutes, string expected) =>
        IncidentMetrics.Ago(TimeSpan.FromMinutes(minutes)).Should().Be(expected);
}
