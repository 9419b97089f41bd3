using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

public sealed class IndicatorExtractorTests
{
    [Fact]
    public void Extract_PhishingMail_FindsUrlSenderAndTheirDomains()
    {
        var found = IndicatorExtractor.Extract("Mail from billing@evil-pay.example said to log in at https://Login.Evil-Pay.example/verify?id=Ab1. Odd!");

        found.Should().Contain(new Indicator(IndicatorKind.Url, "https://login.evil-pay.example/verify?id=Ab1"));
        found.Should().Contain(new Indicator(IndicatorKind.Email, "billing@evil-pay.example"));
        found.Should().Contain(new Indicator(IndicatorKind.Domain, "login.evil-pay.example"));
        found.Should().Contain(new Indicator(IndicatorKind.Domain, "evil-pay.example"));
    }

    [Fact]
    public void Extract_DefangedInput_IsRefangedFirst()
    {
        var found = IndicatorExtractor.Extract("see hxxps://bad[.]example/x and ceo[@]bad[.]example");

        found.Should().Contain(new Indicator(IndicatorKind.Url, "https://bad.example/x"));
        found.Should().Contain(new Indicator(IndicatorKind.Email, "ceo@bad.example"));
    }

    [Fact]
    public void Extract_IpAddresses_OnlyValidOnes()
    {
        var found = IndicatorExtractor.Extract("connections to 203.0.113.7 and 10.0.0.256 and version 1.2.3");

        found.Where(i => i.Kind == IndicatorKind.IpAddress).Select(i => i.Value).Should().Equal("203.0.113.7");
    }

    [Fact]
    public void Extract_Hashes_ClassifiedByLength()
    {
        var sha256 = new string('a', 64);
        var sha1 = new string('B', 40);
        var md5 = new string('c', 32);

        var found = IndicatorExtractor.Extract($"hashes {sha256} {sha1} {md5} and {new string('d', 50)}");

        found.Should().BeEquivalentTo(new[]
        {
            new Indicator(IndicatorKind.Sha256, sha256),
            new Indicator(IndicatorKind.Sha1, sha1.ToLowerInvariant()),
            new Indicator(IndicatorKind.Md5, md5),
        });
    }

    [Fact]
    public void Extract_FileNames_AreNotDomains()
    {
        IndicatorExtractor.Extract("I opened invoice.pdf and setup.exe").Should().BeEmpty();
    }

    [Fact]
    public void Extract_SameIndicatorTwice_ReportedOnce()
    {
        IndicatorExtractor.Extract("evil.example EVIL.example evil.example.").Should().ContainSingle()
            .Which.Should().Be(new Indicator(IndicatorKind.Domain, "evil.example"));
    }

    [Fact]
    public void Extract_ManyIndicators_Bounded()
    {
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"host{i}.example"));

        IndicatorExtractor.Extract(text).Should().HaveCount(IndicatorExtractor.MaxIndicators);
    }

    [Fact]
    public void Extract_NoText_Empty()
    {
        IndicatorExtractor.Extract(null).Should().BeEmpty();
        IndicatorExtractor.Extract("   ").Should().BeEmpty();
    }
}
