using SecurityBot.Cards;
using SecurityBot.Incidents.Domain;
using SecurityBot.Incidents.Teams;

namespace SecurityBot.UnitTests.Incidents;

/// <summary>A reporter whose report joined someone else's incident sees their own report only.</summary>
public sealed class ReporterViewTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ViewFor_LinkedReporter_OnlyTheirOwnTextIndicatorsAndClick()
    {
        var incident = Linked();

        var view = incident.ViewFor("second");

        view.Title.Should().Be("SMS with https://evil-pay.example/parcel asking for a fee");
        view.Indicators.Select(i => i.Value).Should().Contain("https://evil-pay.example/parcel").And.NotContain(v => v.Contains("billing", StringComparison.Ordinal) || v.Contains("login", StringComparison.Ordinal));
        view.Clicked.Should().BeFalse("only the first reporter clicked");
        view.JoinedEarlierReport.Should().BeTrue();
        incident.ViewFor("first").JoinedEarlierReport.Should().BeFalse();
    }

    [Fact]
    public void ViewFor_SomeoneWhoDidNotReport_Throws()
    {
        var act = () => Linked().ViewFor("stranger");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ReporterConfirmation_LinkedReporter_ShowsNothingOfTheFirstReport()
    {
        var json = ReporterConfirmation.Create(Linked(), "second", TimeDisplay.Utc).ToJson();

        json.Should().Contain("parcel").And.NotContain("billing").And.NotContain("login").And.NotContain("First Person").And.NotContain("disconnect from the network");
    }

    [Fact]
    public void ReporterConfirmation_ReportedMessage_QuotesItsAuthorAndTextDefanged()
    {
        var json = ReporterConfirmation.Create(IncidentSamples.FromMessage("Reset at https://evil-login.example now"), IncidentSamples.Reporter.Id, TimeDisplay.Utc).ToJson();

        json.Should().Contain("The message you reported").And.Contain("IT Helpdesk").And.Contain("external").And.Contain(@"evil-login\\[.\\]example")
            .And.NotContain("https://evil-login");
    }

    [Fact]
    public void ReporterConfirmation_TypedReport_NoQuotedMessage()
    {
        ReporterConfirmation.Create(IncidentSamples.New(), IncidentSamples.Reporter.Id, TimeDisplay.Utc).ToJson().Should().NotContain("The message you reported");
    }

    private static Incident Linked()
    {
        const string first = "Mail from billing@evil-pay.example wants my password at https://evil-pay.example/login";
        const string second = "SMS with https://evil-pay.example/parcel asking for a fee";
        var incident = Incident.Open(7, new IncidentReportDraft(IncidentCategory.Phishing, first, null, "first-laptop", null, true),
            new IncidentActor("first", "First Person"), false, IndicatorExtractor.Extract(first), T0, T0.AddHours(4));
        incident.AddRelatedReport(new IncidentReportDraft(IncidentCategory.Phishing, second, null, null, null, false),
            new IncidentActor("second", "Second Person"), false, IndicatorExtractor.Extract(second), T0.AddMinutes(5));
        return incident;
    }
}
