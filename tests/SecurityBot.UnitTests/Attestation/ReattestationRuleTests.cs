using SecurityBot.Attestation.Domain;
using static SecurityBot.UnitTests.Attestation.ReattestationSamples;

namespace SecurityBot.UnitTests.Attestation;

public sealed class ReattestationRuleTests
{
    [Fact]
    public void ShouldOffer_NewerVersionOfASentCampaignNotOffered_True() =>
        ReattestationRule.ShouldOffer("3.1", Campaign(Version30), alreadyOffered: false).Should().BeTrue();

    [Fact]
    public void ShouldOffer_AlreadyOffered_False() =>
        ReattestationRule.ShouldOffer("3.1", Campaign(Version30), alreadyOffered: true).Should().BeFalse();

    [Fact]
    public void ShouldOffer_NoCampaign_False() =>
        ReattestationRule.ShouldOffer("3.1", null, alreadyOffered: false).Should().BeFalse("nobody attested the policy");

    [Fact]
    public void ShouldOffer_OnlyADraft_False() =>
        ReattestationRule.ShouldOffer("3.1", Campaign(Version30, send: false), alreadyOffered: false).Should().BeFalse("a draft asked nobody");

    [Theory]
    [InlineData("3.0")]
    [InlineData("2.9")]
    public void ShouldOffer_SameOrOlderVersion_False(string current) =>
        ReattestationRule.ShouldOffer(current, Campaign(Version30), alreadyOffered: false).Should().BeFalse();

    [Fact]
    public void ShouldOffer_ClosedCampaign_True()
    {
        var campaign = Campaign(Version30);
        campaign.Close(Now);
        ReattestationRule.ShouldOffer("3.1", campaign, alreadyOffered: false).Should().BeTrue();
    }

    [Fact]
    public void CanCompareWith_EarlierSentCampaignOfThePolicy_True() =>
        ReattestationRule.CanCompareWith(Version31, Campaign(Version30)).Should().BeTrue();

    [Fact]
    public void CanCompareWith_SameVersion_False() =>
        ReattestationRule.CanCompareWith(Version31, Campaign(Version31)).Should().BeFalse();

    [Fact]
    public void CanCompareWith_AnotherPolicy_False() =>
        ReattestationRule.CanCompareWith(Version31 with { Id = "encryption" }, Campaign(Version30)).Should().BeFalse();

    [Fact]
    public void CanCompareWith_Draft_False() =>
        ReattestationRule.CanCompareWith(Version31, Campaign(Version30, send: false)).Should().BeFalse();
}
