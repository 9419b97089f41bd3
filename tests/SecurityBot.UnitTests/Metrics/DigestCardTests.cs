using SecurityBot.Metrics.Domain;
using SecurityBot.Metrics.Teams;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;
using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Metrics;

public sealed class DigestCardTests
{
    private const string HostileTitle = "**Bold** <at>Priya</at> [click](https://evil.example)";

    // Monday 30 March 2026 08:00 in London (BST, UTC+1): the first digest after the spring change.
    private static readonly DateTimeOffset Occurrence = new(2026, 3, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static (SecurityMetrics Figures, DigestDecisions Decisions) Seeded(int breaching = 1)
    {
        MetricsPeriod.TryParse("last week", Occurrence, London, out var period, out _).Should().BeTrue();
        var incidents = Enumerable.Range(1, breaching).Select(n => new IncidentFact(
                $"INC-{n:000000}", "phishing", IncidentSeverity.High, Occurrence.AddHours(-3 - n), Occurrence.AddMinutes(-30 - n), null, null, false, 1, 1))
            .Append(new IncidentFact("INC-000100", "malware", IncidentSeverity.Critical, period.From.AddDays(1), period.From.AddDays(1).AddMinutes(15),
                period.From.AddDays(1).AddMinutes(5), period.From.AddDays(2), false, 0, 1))
            .ToList();
        var risks = new List<RiskFact>
        {
            new("RA-000007", HostileTitle, 4, 5, "Critical", RiskRegisterStatus.Accepted, Occurrence.AddDays(-60), Occurrence.AddDays(12), null, []),
        };
        var policies = new List<PolicyReviewFact> { new("passwords", "Passwords", "3", "Tomás <Lead>", new DateOnly(2026, 3, 1)) };
        SecurityMetrics Compute(MetricsPeriod p) => new(p, Occurrence, IncidentMetrics.Compute(incidents, [], p), RiskMetrics.Compute(risks, p),
            PolicyMetrics.Compute(policies, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.To.AddTicks(-1), London).DateTime)), WeeklySeries.Compute(incidents, p, London));
        return (Compute(period), DigestDecisions.From(Compute(new MetricsPeriod(Occurrence.AddDays(-1), Occurrence, "now"))));
    }

    [Fact]
    public async Task Create_SeededFigures_PassesTheAdaptiveCardsValidator()
    {
        var (figures, decisions) = Seeded(breaching: 7);

        var card = DigestCard.Create(figures, decisions, "last week", Occurrence, London);
        var result = await AdaptiveCardValidator.ValidateAsync(card.ToJson());

        result.IsValid.Should().BeTrue(string.Join("; ", result.Problems));
        card.Version.Should().Be("1.5");
    }

    [Fact]
    public void Create_ItemsNeedingADecision_LeadTheCardEachWithAnOpenAction()
    {
        var (figures, decisions) = Seeded();

        var json = DigestCard.Create(figures, decisions, "last week", Occurrence, London).ToJson();

        json.IndexOf("Needs a decision (3)", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("Headline figures", StringComparison.Ordinal));
        json.Should().Contain("\"text\":\"status INC-000001\"").And.Contain("\"text\":\"risk RA-000007\"").And.Contain("\"text\":\"policy passwords\"");
    }

    [Fact]
    public void Create_TimesOfItems_AreShownInTheDigestZone()
    {
        var (figures, decisions) = Seeded();

        var json = DigestCard.Create(figures, decisions, "last week", Occurrence, London).ToJson();

        // INC-000001 was due at 06:29 UTC, 07:29 in London (BST); the risk expires 11 April 07:00 UTC, 08:00 BST.
        json.Should().Contain("due Mon 30 Mar 07:29").And.Contain("expires Sat 11 Apr 2026 08:00").And.Contain("Monday 30 March 2026, 08:00 (Europe/London)");
    }

    [Fact]
    public void Create_UserText_IsEscaped()
    {
        var (figures, decisions) = Seeded();

        var json = DigestCard.Create(figures, decisions, "last week", Occurrence, London).ToJson();

        json.Should().NotContain("**Bold**").And.NotContain("<at>").And.NotContain("[click](").And.NotContain("<Lead>");
    }

    [Fact]
    public void Create_MoreItemsThanASectionShows_CountsTheRest()
    {
        var (figures, decisions) = Seeded(breaching: DigestCard.MaxItemsPerSection + 2);

        var json = DigestCard.Create(figures, decisions, "last week", Occurrence, London).ToJson();

        json.Should().Contain("…and 2 more.").And.NotContain("status INC-000001");
    }

    [Fact]
    public void Create_NothingToDecide_SaysSoAndStillShowsTheFigures()
    {
        var (figures, _) = Seeded();

        var json = DigestCard.Create(figures, new DigestDecisions([], [], []), "last week", Occurrence, London).ToJson();

        json.Should().Contain("Nothing needs a decision.").And.Contain("Incidents reported").And.Contain("\"text\":\"metrics last week\"");
    }
}
