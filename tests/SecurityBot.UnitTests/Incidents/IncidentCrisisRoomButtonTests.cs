using SecurityBot.Cards;
using SecurityBot.Incidents.Domain;
using SecurityBot.Incidents.Teams;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Incidents;

/// <summary>The "Open crisis room" button: on responders' cards of open incidents, when a crisis-room capability offers a room.</summary>
public sealed class IncidentCrisisRoomButtonTests
{
    [Fact]
    public void Create_ResponderWithCrisisRoom_ButtonInTheBodyWithTheIncidentNumberOnly()
    {
        var card = IncidentCard.Create(IncidentSamples.New(), IncidentCardAudience.Responder, ["29:a"], TimeDisplay.Utc, crisisRoom: true);
        var json = card.ToJson();

        json.Should().Contain($"\"verb\":\"{CapabilityVerbs.OpenCrisisRoom}\",\"data\":{{\"incident\":\"INC-000042\"}}");
        json.Should().Contain("Open crisis room");
        card.Actions.Should().HaveCountLessThanOrEqualTo(5, "renderers show at most five card-level actions; the room button is in the body");
        card.Actions.OfType<SecurityBot.Cards.ExecuteAction>().Should().NotContain(a => a.Verb == CapabilityVerbs.OpenCrisisRoom);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Create_NotAResponder_NoCrisisRoomButton(bool reporter)
    {
        var audience = reporter ? IncidentCardAudience.Reporter : IncidentCardAudience.Observer;
        var json = IncidentCard.Create(IncidentSamples.New(), audience, [], TimeDisplay.Utc, reporterId: IncidentSamples.Reporter.Id, crisisRoom: true).ToJson();

        json.Should().NotContain(CapabilityVerbs.OpenCrisisRoom);
    }

    [Fact]
    public void Create_ResponderWithoutCrisisRoom_NoButton()
    {
        IncidentCard.Create(IncidentSamples.New(), IncidentCardAudience.Responder, [], TimeDisplay.Utc).ToJson().Should().NotContain(CapabilityVerbs.OpenCrisisRoom);
    }

    [Fact]
    public void CrisisRoomOffer_NoCapabilityRegistered_NeverOffers()
    {
        CrisisRoomOffer.None.For(IncidentSamples.New(clicked: true)).Should().BeFalse();
        new CrisisRoomOffer([]).For(IncidentSamples.New()).Should().BeFalse();
    }

    [Fact]
    public void CrisisRoomOffer_CapabilityOffersFromHigh_OnlyOpenIncidentsOfThatSeverity()
    {
        var offer = new CrisisRoomOffer([new CrisisRoomsFrom(IncidentSeverity.High)]);

        IncidentSamples.New().Severity.Should().Be(IncidentSeverity.Medium);
        offer.For(IncidentSamples.New()).Should().BeFalse("a Medium incident is below the capability's threshold");
        offer.For(IncidentSamples.New(clicked: true)).Should().BeTrue("clicking makes it High");
        var closed = IncidentSamples.New(clicked: true);
        closed.Resolve(IncidentSamples.Responder, "Contained", IncidentSamples.T0.AddHours(1));
        offer.For(closed).Should().BeFalse("a closed incident needs no room");
    }

    [Fact]
    public void CrisisRoomOffer_AnyOfSeveralCapabilitiesOffers_Offered()
    {
        var offer = new CrisisRoomOffer([new CrisisRoomsFrom(IncidentSeverity.Critical), new CrisisRoomsFrom(IncidentSeverity.Low)]);

        offer.For(IncidentSamples.New()).Should().BeTrue();
    }
}
