using SecurityBot.Platform.Files;

namespace SecurityBot.UnitTests.Files;

public sealed class FileOfferTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(5);

    [Fact]
    public void New_TwoOffers_HaveUnrelatedRandomIds()
    {
        var first = Offer();
        var second = Offer();

        first.Id.Should().HaveLength(43).And.NotBe(second.Id).And.MatchRegex("^[A-Za-z0-9_-]+$");
        first.Id[..8].Should().NotBe(second.Id[..8], "not a sequence");
    }

    [Fact]
    public void Claim_Open_HoldsItAndASecondClaimFindsItInProgress()
    {
        var offer = Offer();

        offer.Claim(Noon, Hold).Should().Be(FileOfferClaim.Claimed);
        offer.Claim(Noon.AddMinutes(1), Hold).Should().Be(FileOfferClaim.InProgress);
        offer.Decline(Noon.AddMinutes(1)).Should().BeFalse("an upload is running");
        offer.Status.Should().Be(FileOfferStatus.Uploading);
        offer.Content.Should().NotBeNull();
    }

    [Fact]
    public void Claim_HoldRanOut_CanBeClaimedAgain()
    {
        var offer = Offer();
        offer.Claim(Noon, Hold);

        offer.Claim(Noon + Hold, Hold).Should().Be(FileOfferClaim.Claimed, "the instance that held it died mid-upload");
    }

    [Fact]
    public void MarkUploaded_Held_DropsTheBytesOnce()
    {
        var offer = Offer();
        offer.Claim(Noon, Hold);

        offer.MarkUploaded(Noon.AddSeconds(3)).Should().BeTrue();
        offer.MarkUploaded(Noon.AddSeconds(4)).Should().BeFalse();

        offer.Status.Should().Be(FileOfferStatus.Uploaded);
        offer.Content.Should().BeNull();
        offer.Claim(Noon.AddSeconds(5), Hold).Should().Be(FileOfferClaim.AlreadyUploaded);
    }

    [Fact]
    public void ReleaseClaim_AfterAFailedUpload_OpensItAgain()
    {
        var offer = Offer();
        offer.Claim(Noon, Hold);

        offer.ReleaseClaim(Noon.AddSeconds(1)).Should().BeTrue();

        offer.Status.Should().Be(FileOfferStatus.Offered);
        offer.Claim(Noon.AddSeconds(2), Hold).Should().Be(FileOfferClaim.Claimed);
    }

    [Fact]
    public void Decline_Open_DropsTheBytesAndALaterClaimIsDeclined()
    {
        var offer = Offer();

        offer.Decline(Noon).Should().BeTrue();

        offer.Content.Should().BeNull();
        offer.Claim(Noon, Hold).Should().Be(FileOfferClaim.Declined);
        offer.Decline(Noon).Should().BeFalse();
    }

    [Fact]
    public void Claim_AtTheExpiry_ExpiresItNowAndThenSaysExpired()
    {
        var offer = Offer();

        offer.Claim(Noon.AddHours(24), Hold).Should().Be(FileOfferClaim.ExpiredNow);
        offer.Claim(Noon.AddHours(25), Hold).Should().Be(FileOfferClaim.Expired);

        offer.Status.Should().Be(FileOfferStatus.Expired);
        offer.Content.Should().BeNull();
    }

    [Fact]
    public void Expire_BeforeTheExpiryOrWhileHeld_DoesNothing()
    {
        var offer = Offer();
        offer.Expire(Noon.AddHours(24).AddSeconds(-1)).Should().BeFalse();
        offer.Claim(Noon.AddHours(23.99), Hold);

        offer.Expire(Noon.AddHours(24)).Should().BeFalse("an upload is running");
        offer.Expire(Noon.AddHours(23.99) + Hold).Should().BeTrue("its hold ran out");
    }

    [Fact]
    public void Version_EveryChange_MovesForward()
    {
        var offer = Offer();
        var versions = new List<long> { offer.Version };

        offer.Claim(Noon, Hold);
        versions.Add(offer.Version);
        offer.ReleaseClaim(Noon);
        versions.Add(offer.Version);
        offer.Decline(Noon);
        versions.Add(offer.Version);

        versions.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.StartWith(1);
    }

    [Fact]
    public void BelongsTo_OtherCase_IsTheSamePerson()
    {
        var offer = Offer();

        offer.BelongsTo("USER-1").Should().BeTrue();
        offer.BelongsTo("user-2").Should().BeFalse();
    }

    private static FileOffer Offer() => new("user-1", "attestations.csv", "text/csv", [1, 2, 3], Noon, Noon.AddHours(24));
}
