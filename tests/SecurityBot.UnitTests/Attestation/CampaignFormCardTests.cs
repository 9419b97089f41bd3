using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.Platform.Results;
using static SecurityBot.UnitTests.Attestation.AttestationCardExamples;

namespace SecurityBot.UnitTests.Attestation;

public sealed class CampaignFormCardTests
{
    [Fact]
    public void Create_AfterErrors_KeepsWhatWasTypedAndShowsEveryError()
    {
        var values = new CampaignFormValues("acceptable-use", AudienceKind.Department, "Sales <at>x</at>", Due, "Please read **3.4**.");
        FieldError[] errors = [new("audienceValue", "Nobody is in Department **Sales**."), new("due", "The due date must be after today.")];

        var card = CampaignFormCard.Create(PolicyLibrary, new AttestationOptions(), values, Today, errors);

        AttestationCardJson.InputValue(card, "policy").Should().Be("acceptable-use");
        AttestationCardJson.InputValue(card, "audienceKind").Should().Be("department");
        AttestationCardJson.InputValue(card, "audienceValue").Should().Be("Sales <\u200Bat>x<\u200B/at>", "inputs are literal, but no tag survives");
        AttestationCardJson.InputValue(card, "due").Should().Be("2026-12-21");
        AttestationCardJson.InputValue(card, "message").Should().Be("Please read **3.4**.");
        var texts = AttestationCardJson.Shown(card);
        texts.Should().Contain("Please correct:");
        AttestationCardJson.Markdown(card).Should().Contain("• Nobody is in Department \\*\\*Sales\\*\\*.");
        texts.Should().Contain("• The due date must be after today.");
    }

    [Fact]
    public void Create_Empty_HasNoErrorsAndEveryShippedPolicy()
    {
        var card = CampaignFormCard.Create(PolicyLibrary, new AttestationOptions(), CampaignFormValues.Empty, Today);

        AttestationCardJson.Shown(card).Should().NotContain("Please correct:");
        card.ToJson().Should().Contain("Acceptable Use Policy (version 3.0)");
        AttestationCardJson.InputValue(card, "message").Should().BeNull();
    }

    [Fact]
    public void Confirm_HostileAudienceOwnerAndMessage_AreEscapedAndTheCountIsOnTheButton()
    {
        var card = CampaignFormCard.Confirm(Campaign(Hostile, ownerName: Hostile, audience: Hostile, size: 10_000));

        AttestationCardJson.ShouldBeEscaped(card);
        card.Actions.Select(a => a.Title).Should().Equal("Send to 10,000 people", "Change");
        AttestationCardJson.ExecuteData(card).Should().OnlyContain(d => d.GetRawText() == "{\"campaign\":7}");
    }

    [Fact]
    public void Confirm_Reattestation_NamesThePreviousVersionAndTheChangedSections()
    {
        var card = CampaignFormCard.Confirm(Campaign(previous: AcceptableUsePrevious()));

        AttestationCardJson.Shown(card).Should().Contain("since version 2.0; changed: 3.4, 3.5");
    }
}
