using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Connector;

namespace SecurityBot.UnitTests.Connector;

public sealed class ServiceUrlTrustTests
{
    // A configured connector that is not one of the Bot Framework's hosts (those are trusted on any path).
    private const string Amer = "https://connector.contoso.example/amer/";

    [Theory]
    [InlineData("https://connector.contoso.example/amer/")]
    [InlineData("https://connector.contoso.example/amer")]
    [InlineData("https://CONNECTOR.Contoso.EXAMPLE/amer/")]
    [InlineData("HTTPS://connector.contoso.example:443/amer/")]
    [InlineData("https://connector.contoso.example/amer/?x=1#frag")]
    public void IsTrusted_SpellingsOfATrustedUrl_Trusted(string spelling)
    {
        var trust = Create(Amer);

        trust.IsTrusted(spelling).Should().BeTrue();
    }

    [Theory]
    [InlineData("https://connector.contoso.example/emea/")]
    [InlineData("https://connector.contoso.example/")]
    [InlineData("https://connector.contoso.example/amer/v3/")]
    [InlineData("https://connector.contoso.example:8443/amer/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evilbotframework.com/amer/")]
    [InlineData("https://botframework.com.evil.example/")]
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
        Create(Amer).IsTrusted("https://connector.contoso.example/AMER/").Should().BeFalse();
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://directline.botframework.azure.us/")]
    public void IsTrusted_BotFrameworkHostInProduction_TrustedWithoutConfiguration(string url)
    {
        Create().IsTrusted(url).Should().BeTrue();
    }

    [Fact]
    public void Trust_UrlFromAuthenticatedActivityInDevelopment_TrustedFromThenOn()
    {
        var trust = CreateIn(Environments.Development);
        trust.IsTrusted("https://connector.contoso.example/emea/").Should().BeFalse();

        trust.Trust("https://connector.contoso.example/emea");

        trust.IsTrusted("https://connector.contoso.example/emea/").Should().BeTrue();
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData(null)]
    public void Trust_StoredOrInboundUrlOutsideDevelopment_NeverTrusted(string? environment)
    {
        // Conversation references are written from inbound activities: a planted row must not widen the set.
        var trust = CreateIn(environment, Amer);

        trust.Trust("https://attacker.example/amer/");
        trust.Trust("http://127.0.0.1:8080/");

        trust.IsTrusted("https://attacker.example/amer/").Should().BeFalse();
        trust.IsTrusted("http://127.0.0.1:8080/").Should().BeFalse();
        trust.IsTrusted(Amer).Should().BeTrue("configuration still counts");
    }

    [Theory]
    [InlineData("http://127.0.0.1:56789/")]
    [InlineData("http://localhost:3978/api/")]
    [InlineData("http://[::1]:5000/")]
    public void Trust_HttpOnLoopback_TrustedForLocalDevelopment(string url)
    {
        var trust = CreateIn(Environments.Development);

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
        var trust = CreateIn(Environments.Development);

        trust.Trust(url);

        trust.IsTrusted(url).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://SMBA.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net:443/amer/", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/")]
    [InlineData("http://127.0.0.1:3978/amer?q=1", "http://127.0.0.1:3978/amer/")]
    public void TryParse_Spelling_CanonicalForm(string url, string expected)
    {
        ServiceUrl.TryParse(url, out var parsed).Should().BeTrue();

        parsed!.Key.Should().Be(expected);
    }

    private static ServiceUrlTrust Create(params string[] configured) => CreateIn(Environments.Production, configured);

    private static ServiceUrlTrust CreateIn(string? environment, params string[] configured)
    {
        var options = new BotOptions();
        foreach (var url in configured)
        {
            options.TrustedServiceUrls.Add(url);
        }

        var host = environment is null ? null : new HostingEnvironment { EnvironmentName = environment };
        return new ServiceUrlTrust(Options.Create(options), NullLogger<ServiceUrlTrust>.Instance, host);
    }
}
