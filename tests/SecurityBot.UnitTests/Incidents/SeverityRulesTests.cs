using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Incidents;

public sealed class SeverityRulesTests
{
    [Theory]
    [InlineData(IncidentCategory.Phishing, IncidentSeverity.Medium)]
    [InlineData(IncidentCategory.Malware, IncidentSeverity.High)]
    [InlineData(IncidentCategory.LostOrStolenDevice, IncidentSeverity.Medium)]
    [InlineData(IncidentCategory.AccountCompromise, IncidentSeverity.High)]
    [InlineData(IncidentCategory.DataBreach, IncidentSeverity.High)]
    [InlineData(IncidentCategory.Ransomware, IncidentSeverity.Critical)]
    [InlineData(IncidentCategory.SocialEngineering, IncidentSeverity.Low)]
    [InlineData(IncidentCategory.Other, IncidentSeverity.Low)]
    public void Assess_CategoryOnly_IsTheBaseSeverity(IncidentCategory category, IncidentSeverity expected)
    {
        SeverityRules.Assess(category, clicked: false, privilegedReporter: false, relatedReports: 0).Severity.Should().Be(expected);
    }

    [Fact]
    public void Assess_Clicked_RaisesOneStep()
    {
        var result = SeverityRules.Assess(IncidentCategory.Phishing, clicked: true, privilegedReporter: false, relatedReports: 0);

        result.Severity.Should().Be(IncidentSeverity.High);
        result.Reasons.Should().Contain(r => r.Contains("clicked", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_PrivilegedReporter_RaisesOneStep()
    {
        SeverityRules.Assess(IncidentCategory.Other, clicked: false, privilegedReporter: true, relatedReports: 0).Severity.Should().Be(IncidentSeverity.Medium);
    }

    [Theory]
    [InlineData(1, IncidentSeverity.Low)]
    [InlineData(SeverityRules.RelatedReportsForOneStep, IncidentSeverity.Medium)]
    [InlineData(SeverityRules.RelatedReportsForTwoSteps - 1, IncidentSeverity.Medium)]
    [InlineData(SeverityRules.RelatedReportsForTwoSteps, IncidentSeverity.High)]
    public void Assess_RelatedReports_RaiseByCount(int related, IncidentSeverity expected)
    {
        SeverityRules.Assess(IncidentCategory.Other, clicked: false, privilegedReporter: false, relatedReports: related).Severity.Should().Be(expected);
    }

    [Fact]
    public void Assess_EverythingRaises_CapsAtCritical()
    {
        SeverityRules.Assess(IncidentCategory.Malware, clicked: true, privilegedReporter: true, relatedReports: 20).Severity.Should().Be(IncidentSeverity.Critical);
    }

    [Fact]
    public void Assess_AlertRatedHigherThanTheRules_TakesTheAlertsSeverityAndSaysWhy()
    {
        var result = SeverityRules.Assess(IncidentCategory.Other, clicked: false, privilegedReporter: false, relatedReports: 0, alertSeverity: IncidentSeverity.Critical);

        result.Severity.Should().Be(IncidentSeverity.Critical);
        result.Reasons.Should().Contain("a SIEM alert rated it Critical");
    }

    [Fact]
    public void Assess_RulesHigherThanTheAlert_RulesWin()
    {
        SeverityRules.Assess(IncidentCategory.Ransomware, clicked: false, privilegedReporter: false, relatedReports: 0, alertSeverity: IncidentSeverity.Low)
            .Severity.Should().Be(IncidentSeverity.Critical);
    }
}
