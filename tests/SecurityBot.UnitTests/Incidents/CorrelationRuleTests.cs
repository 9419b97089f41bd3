using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

public sealed class CorrelationRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private sealed record Candidate(string Name, DateTimeOffset ReportedAt);

    [Fact]
    public void Keys_IgnoredDomainAndSubdomains_Dropped_AddressesKept()
    {
        var rule = new CorrelationRule(new IncidentOptions { CorrelationIgnoredDomains = ["gmail.com", "contoso.com"] });
        var indicators = IndicatorExtractor.Extract("from attacker@gmail.com via https://mail.contoso.com/x and evil.example");

        var keys = rule.Keys(indicators);

        keys.Should().Contain(new Indicator(IndicatorKind.Email, "attacker@gmail.com"));
        keys.Should().Contain(new Indicator(IndicatorKind.Url, "https://mail.contoso.com/x"));
        keys.Should().Contain(new Indicator(IndicatorKind.Domain, "evil.example"));
        keys.Should().NotContain(i => i.Kind == IndicatorKind.Domain && (i.Value == "gmail.com" || i.Value == "mail.contoso.com"));
    }

    [Fact]
    public void Choose_SeveralInWindow_TheEarliest()
    {
        var rule = new CorrelationRule(new IncidentOptions { CorrelationWindow = TimeSpan.FromHours(1) });
        var candidates = new[]
        {
            new Candidate("too old", Now.AddHours(-2)),
            new Candidate("second", Now.AddMinutes(-10)),
            new Candidate("first", Now.AddMinutes(-50)),
        };

        rule.Choose(candidates, c => c.ReportedAt, Now)!.Name.Should().Be("first");
    }

    [Fact]
    public void Choose_NoneInWindow_Null()
    {
        var rule = new CorrelationRule(new IncidentOptions { CorrelationWindow = TimeSpan.FromMinutes(30) });

        rule.Choose([new Candidate("old", Now.AddMinutes(-31))], c => c.ReportedAt, Now).Should().BeNull();
    }
}
