using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

public sealed class DefangTests
{
    [Theory]
    [InlineData(IndicatorKind.Url, "https://evil.example/login?u=a.b", "hxxps://evil[.]example/login?u=a.b")]
    [InlineData(IndicatorKind.Url, "http://evil.example", "hxxp://evil[.]example")]
    [InlineData(IndicatorKind.Domain, "evil.example", "evil[.]example")]
    [InlineData(IndicatorKind.Email, "ceo@evil.example", "ceo[@]evil[.]example")]
    [InlineData(IndicatorKind.IpAddress, "203.0.113.7", "203.0.113[.]7")]
    [InlineData(IndicatorKind.Md5, "d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427e")]
    public void Value_EachKind_IsUnclickable(IndicatorKind kind, string value, string expected)
    {
        Defang.Value(kind, value).Should().Be(expected);
    }

    [Fact]
    public void Refang_DefangedText_RestoresIt()
    {
        Defang.Refang("hxxps://evil[.]example and a[@]b(.)example, HXXP://x[dot]example")
            .Should().Be("https://evil.example and a@b.example, HTTP://x.example");
    }

    [Fact]
    public void Defanged_RoundTrip_ExtractsTheSameIndicator()
    {
        var indicator = new Indicator(IndicatorKind.Url, "https://evil.example/a");

        IndicatorExtractor.Extract(indicator.Defanged).Should().Contain(indicator);
    }

    [Fact]
    public void Text_FreeText_DefangsLinksHostsAddressesAndIpsButNotFileNames()
    {
        Defang.Text("Go to https://evil.example/a, mail boss@evil.example from 203.0.113.7 about invoice.pdf")
            .Should().Be("Go to hxxps://evil[.]example/a, mail boss[@]evil[.]example from 203[.]0[.]113[.]7 about invoice.pdf");
    }
}
