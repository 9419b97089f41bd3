using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

/// <summary>
/// A pattern that runs out of time (a hostile or merely huge report on a busy machine) costs the indicators or the
/// reading it could not finish, never the report. A one-tick match timeout makes every pattern time out at once.
/// </summary>
public sealed class RegexTimeoutTests
{
    private static readonly TimeSpan Expired = TimeSpan.FromTicks(1);
    private const string Report = "I clicked a phishing link https://evil.example/login from billing@evil.example, 203.0.113.7, " +
        "hash d41d8cd98f00b204e9800998ecf8427e. My laptop was stolen too.";

    [Fact]
    public void Extract_EveryPatternTimesOut_ReturnsWithoutIndicators()
    {
        var extract = () => IndicatorExtractor.Extract(Report + new string('a', 5000), Expired);

        extract.Should().NotThrow().Which.Should().BeEmpty();
    }

    [Fact]
    public void Detect_EveryPatternTimesOut_ReadsNothingInsteadOfThrowing()
    {
        var detect = () => IncidentIntentDetector.Detect(Report + new string('a', 5000), Expired);

        var intent = detect.Should().NotThrow().Which;
        intent.Indicators.Should().BeEmpty();
        intent.Confidence.Should().Be(0);
    }

    [Fact]
    public void DefangText_EveryPatternTimesOut_CrudelyDefangedNeverRaw()
    {
        var defang = () => Defang.Text(Report, Expired);

        var shown = defang.Should().NotThrow().Which;
        shown.Should().NotContain("https://").And.NotContain("evil.example").And.NotContain("@evil").And.NotContain("203.0.113.7");
        shown.Should().Contain("evil[.]example").And.Contain("[://]");
        Defang.Refang(shown).Should().Contain("https://evil.example/login", "the crude form still reads back");
    }

    [Fact]
    public void Extract_ShippedTimeouts_StillFindIndicators()
    {
        IndicatorExtractor.Extract(Report).Should().Contain(new Indicator(IndicatorKind.Url, "https://evil.example/login"));
    }
}
