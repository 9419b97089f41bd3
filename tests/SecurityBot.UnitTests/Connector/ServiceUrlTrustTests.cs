using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Connector;

namespace SecurityBot.UnitTests.Connector;

public sealed class ServiceUrlTrustTests
{
    private const string Amer = "https://smba.trafficmanager.net/amer/";

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("https://SMBA.TrafficManager.NET/amer/")]
    [InlineData("HTTPS://smba.trafficmanager.net:443/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1#frag")]
    public void IsTrusted_SpellingsOfATrustedUrl_Trusted(string spelling)
    {
        var trust = Create(Amer);

        trust.IsTrusted(spelling).Should().BeTrue();
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evil.example/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://user:secret@smba.trafficmanager.net/amer/")]
    [InlineData("/amer/")]
    [InlineData("")]
    [InlineData("not a url")]
    public void IsTrusted_OtherUrls_NotTrusted(string url)
    {
        var trust = Create(Amer);

        trust.IsTrusted(url).Should().BeFalse();
    }

    [Fact]
    public void IsTrusted_PathCase_IsSignificant()
    {
        // Only the host is case-insensitive; a path is the server's to interpret.
        Create(Amer).IsTrusted("https://smba.trafficmanager.net/AMER/").Should().BeFalse();
    }

    [Fact]
    public void Trust_UrlFromAuthenticatedActivity_TrustedFromThenOn()
    {
        var trust = Create();
        trust.IsTrusted("https://smba.trafficmanager.net/emea/").Should().BeFalse();

        trust.Trust("https://smba.trafficmanager.net/emea");

        trust.IsTrusted("https://smba.trafficmanager.net/emea/").Should().BeTrue();
    }

    [Theory]
    [InlineData("http://127.0.0.1:56789/")]
    [InlineData("http://localhost:3978/api/")]
    [InlineData("http://[::1]:5000/")]
    public void Trust_HttpOnLoopback_TrustedForLocalDevelopment(string url)
    {
        var trust = Create();

        trust.Trust(url);

        trust.IsTrusted(url).Should().BeTrue();
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/amer/")]
    public void Trust_InsecureOrCredentialedUrl_StaysUntrusted(string url)
    {
        var trust = Create();

        trust.Trust(url);

        trust.IsTrusted(url).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://SMBA.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net:443/amer/", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:3978/amer?q=1", "http://127.0.0.1:3978/amer/")]
    public void TryNormalize_Spelling_CanonicalForm(string url, string expected)
    {
        ServiceUrlTrust.TryNormalize(url, out var normalized).Should().BeTrue();

        normalized.Should().Be(expected);
    }

    private static ServiceUrlTrust Create(params string[] configured)
    {
        var options = new BotOptions();
        foreach (var url in configured)
        {
            options.TrustedServiceUrls.Add(url);
        }

        return new ServiceUrlTrust(Options.Create(options), NullLogger<ServiceUrlTrust>.Instance);
    }
}
