using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Attestation;

public sealed class AttestationCampaignTests
{
    private static readonly DateOnly Today = AttestationSamples.Today;

    [Fact]
    public void Draft_ValidRequest_IsADraftOfThePolicyVersionWithTheCountedAudience()
    {
        var campaign = AttestationSamples.Campaign(message: "  Please read before the audit.  ");

        campaign.Status.Should().Be(CampaignStatus.Draft);
        campaign.PolicyId.Should().Be("acceptable-use");
        campaign.PolicyVersion.Should().Be("3.0");
        campaign.AudienceSize.Should().Be(12);
        campaign.AudienceLabel.Should().Be("Group Finance");
        campaign.Message.Should().Be("Please read before the audit.", "the message is kept trimmed");
        campaign.Policy.Should().BeEquivalentTo(AttestationSamples.Policy(), "the snapshot round-trips through its JSON");
        campaign.StartedAt.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-30)]
    public void Draft_DueTodayOrInThePast_IsRefused(int days)
    {
        var draft = () => AttestationSamples.Campaign(Today.AddDays(days));

        draft.Should().Throw<RefusalException>().WithMessage("*after today*");
    }

    [Fact]
    public void Draft_DueFurtherThanMaxDueDays_IsRefusedAndTheLastAllowedDayIsAccepted()
    {
        var tooFar = () => AttestationSamples.Campaign(Today.AddDays(181));

        tooFar.Should().Throw<RefusalException>().WithMessage("*within 180 days*");
        AttestationSamples.Campaign(Today.AddDays(180)).DueOn.Should().Be(Today.AddDays(180));
        AttestationSamples.Campaign(Today.AddDays(1)).DueOn.Should().Be(Today.AddDays(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Draft_EmptyAudience_IsRefusedNamingTheAudience(int size)
    {
        var draft = () => AttestationSamples.Campaign(audienceSize: size);

        draft.Should().Throw<RefusalException>().WithMessage("Nobody is in Group Finance*");
    }

    [Fact]
    public void Draft_MessageLongerThanTheLimit_IsRefusedAndOneAtTheLimitIsKept()
    {
        var tooLong = () => AttestationSamples.Campaign(message: new string('m', AttestationCampaign.MaxMessageLength + 1));

        tooLong.Should().Throw<RefusalException>().WithMessage("*501 characters*500*");
        AttestationSamples.Campaign(message: new string('m', AttestationCampaign.MaxMessageLength)).Message.Should().HaveLength(AttestationCampaign.MaxMessageLength);
        AttestationSamples.Campaign(message: "   ").Message.Should().BeNull("a blank message is no message");
    }

    [Fact]
    public void Draft_ReattestationOfAnEarlierVersion_ListsTheChangedSections()
    {
        var older = AttestationSamples.Policy("2.0", [.. AttestationSamples.DefaultSections.Take(4)]);

        var campaign = AttestationCampaign.Draft(2, AttestationSamples.Policy(), AttestationSamples.Group, 3, Today.AddDays(7), null,
            AttestationSamples.Owner, "Tomas Herrera", Today, 180, AttestationSamples.Now, older);

        campaign.PreviousVersion.Should().Be("2.0");
        campaign.ChangedSections.Should().Be("3, 3.1");
    }

    [Fact]
    public void Start_ByTheOwner_ActivatesOnceAndASecondStartChangesNothing()
    {
        var campaign = AttestationSamples.Campaign();
        var later = AttestationSamples.Now.AddMinutes(5);

        campaign.Start(AttestationSamples.Owner.ToUpperInvariant(), AttestationSamples.Now).Should().BeTrue("ids are compared case-insensitively");
        var version = campaign.Version;
        campaign.Start(AttestationSamples.Owner, later).Should().BeFalse("a double click is not a second start");

        campaign.Status.Should().Be(CampaignStatus.Active);
        campaign.StartedAt.Should().Be(AttestationSamples.Now);
        campaign.Version.Should().Be(version);
    }

    [Fact]
    public void Start_BySomeoneElse_IsRefusedAndLeavesTheDraft()
    {
        var campaign = AttestationSamples.Campaign();

        var start = () => campaign.Start("someone-else", AttestationSamples.Now);

        start.Should().Throw<RefusalException>().WithMessage("Campaign 1 is Tomas Herrera's to send.");
        campaign.Status.Should().Be(CampaignStatus.Draft);
    }

    [Fact]
    public void Start_ClosedCampaign_IsRefused()
    {
        var campaign = AttestationSamples.Campaign();
        campaign.Start(AttestationSamples.Owner, AttestationSamples.Now);
        campaign.Close(AttestationSamples.Now.AddDays(1)).Should().BeTrue();

        var start = () => campaign.Start(AttestationSamples.Owner, AttestationSamples.Now.AddDays(2));

        start.Should().Throw<RefusalException>().WithMessage("*closed*");
        campaign.Close(AttestationSamples.Now.AddDays(3)).Should().BeFalse("closing twice changes nothing");
        campaign.ClosedAt.Should().Be(AttestationSamples.Now.AddDays(1));
    }

    [Fact]
    public void IsOverdueOn_AfterTheDueDateOnly()
    {
        var campaign = AttestationSamples.Campaign(Today.AddDays(7));

        campaign.IsOverdueOn(Today.AddDays(7)).Should().BeFalse("the due date is the last day to accept");
        campaign.IsOverdueOn(Today.AddDays(8)).Should().BeTrue();
    }
}
