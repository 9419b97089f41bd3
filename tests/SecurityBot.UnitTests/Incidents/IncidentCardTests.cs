using SecurityBot.Cards;
using SecurityBot.Incidents.Domain;
using SecurityBot.Incidents.Teams;

namespace SecurityBot.UnitTests.Incidents;

public sealed class IncidentCardTests
{
    [Fact]
    public void ReportForm_PrefilledFromText_SaysHowSureAsAPercentWithoutASpace()
    {
        var json = IncidentReportForm.FromText("I got an email from ceo@evil.example asking for my password and I clicked hxxps://evil[.]example/a", new DateOnly(2026, 3, 2)).ToJson();

        json.Should().MatchRegex(@"Looks like: [^(]+ \(\d{1,3}% sure\)");
    }

    [Fact]
    public void Create_Responder_HasEveryTriageButtonWithIncidentAndVersionOnly()
    {
        var json = IncidentCard.Create(IncidentSamples.New(), IncidentCardAudience.Responder, ["29:a"], TimeDisplay.Utc).ToJson();

        foreach (var verb in new[] { IncidentVerbs.Acknowledge, IncidentVerbs.Assign, IncidentVerbs.Escalate, IncidentVerbs.Resolve, IncidentVerbs.Dismiss, IncidentVerbs.Note })
        {
            json.Should().Contain($"\"verb\":\"{verb}\"");
        }

        json.Should().Contain("\"data\":{\"incident\":\"INC-000042\",\"version\":1}");
    }

    [Fact]
    public void Create_Observer_ReadOnlyButRefreshGivesRespondersTheirView()
    {
        var card = IncidentCard.Create(IncidentSamples.New(), IncidentCardAudience.Observer, ["29:a", "29:b"], TimeDisplay.Utc);

        card.Actions.Should().BeEmpty();
        card.Refresh!.UserIds.Should().Equal("29:a", "29:b");
        card.ToJson().Should().Contain(IncidentVerbs.Refresh);
    }

    [Fact]
    public void Create_Acknowledged_NoAcknowledgeButtonAndSaysWho()
    {
        var json = IncidentCard.Create(IncidentSamples.Acknowledged(), IncidentCardAudience.Responder, [], TimeDisplay.Utc).ToJson();

        json.Should().NotContain(IncidentVerbs.Acknowledge).And.Contain("Acknowledged by Dana Scully at 2 Mar 2026, 10:12 UTC, 12 min after the report");
    }

    [Fact]
    public void Create_ReadersInDublinAndLosAngeles_EachSeesTheDeadlineInTheirOwnZone()
    {
        var incident = IncidentSamples.New();
        var dublin = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin"));
        var losAngeles = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));

        var forDublin = IncidentCard.Create(incident, IncidentCardAudience.Responder, [], dublin).ToJson();
        var forLosAngeles = IncidentCard.Create(incident, IncidentCardAudience.Responder, [], losAngeles).ToJson();

        forDublin.Should().Contain($"due by {dublin.At(incident.AcknowledgeBy)}").And.Contain("Dublin time").And.NotContain("UTC");
        forLosAngeles.Should().Contain($"due by {losAngeles.At(incident.AcknowledgeBy)}").And.Contain("Los Angeles time").And.NotContain("UTC");
        dublin.At(incident.AcknowledgeBy).Should().NotBe(losAngeles.At(incident.AcknowledgeBy));
    }

    [Fact]
    public void Create_Closed_NoButtons()
    {
        IncidentCard.Create(IncidentSamples.Resolved(), IncidentCardAudience.Responder, [], TimeDisplay.Utc).Actions.Should().BeEmpty();
    }

    [Fact]
    public void Create_HostileReport_EscapedAndDefanged()
    {
        var json = IncidentCard.Create(IncidentSamples.Hostile(), IncidentCardAudience.Responder, [], TimeDisplay.Utc).ToJson();

        json.Should().NotContain("<at>").And.NotContain("https://evil").And.NotContain("[click](").And.NotContain("\u202E");
        json.Should().Contain("hxxps").And.Contain(@"evil\\[.\\]example", "indicators and links in the text are shown defanged");
        json.Should().NotContain("evil.example", "no host survives undefanged anywhere on the card");
    }

    [Fact]
    public void ReporterConfirmation_ShowsNumberAndLiveStatusWithoutTriageButtons()
    {
        var json = ReporterConfirmation.Create(IncidentSamples.Acknowledged(), IncidentSamples.Reporter.Id, TimeDisplay.Utc).ToJson();

        json.Should().Contain("INC-000042").And.Contain("Acknowledged by Dana Scully").And.NotContain("incident.acknowledge");
    }

    [Fact]
    public void ReportForm_FromFreeText_PrefilledWithWhatWasUnderstood()
    {
        var card = IncidentReportForm.FromText("my laptop was stolen at the station", new DateOnly(2026, 3, 2));
        var json = card.ToJson();

        json.Should().Contain("What I understood").And.Contain("a lost or stolen device").And.Contain("\"value\":\"lost-device\"");
        json.Should().Contain($"\"verb\":\"{IncidentVerbs.Submit}\"");
    }
}
