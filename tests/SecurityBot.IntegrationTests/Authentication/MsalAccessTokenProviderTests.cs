using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>Outbound tokens: real MSAL against the fake issuer's client-credentials endpoint over HTTPS.</summary>
public sealed class MsalAccessTokenProviderTests : IAsyncLifetime, IDisposable
{
    private const string TenantId = "4c2a5b1e-0d3f-4e6a-8b7c-9d0e1f2a3b4c";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "securitybot-auth-" + Guid.NewGuid().ToString("N"));
    private FakeTokenIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _issuer.ClientId = AppId;
    }

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_directory))
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task GetAccessTokenAsync_ClientSecret_GetsTokenForTheBotFrameworkScope()
    {
        using var host = Build(_issuer, TimeProvider.System);
        var provider = host.Services.GetRequiredService<IAccessTokenProvider>();

        var token = await provider.GetAccessTokenAsync(CancellationToken.None);

        token.Should().StartWith("fake-bot-token-");
        var request = _issuer.TokenRequests.Should().ContainSingle().Subject;
        request.Should().BeEquivalentTo(new RecordedTokenRequest("botframework.com", "client_credentials", AppId,
            "https://api.botframework.com/.default", HasClientSecret: true, HasClientAssertion: false, Granted: true));
        _issuer.OtherRequests.Should().BeEmpty("no instance discovery or other host lookups with ValidateAuthority false");
    }

    [Fact]
    public async Task GetAccessTokenAsync_Certificate_SendsAnAssertionSignedWithIt()
    {
        var (path, password) = WriteClientCertificate();
        using var host = Build(_issuer, TimeProvider.System, new Dictionary<string, string?>
        {
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppCertificatePath"] = path,
            ["MicrosoftAppCertificatePassword"] = password,
        });
        var provider = host.Services.GetRequiredService<IAccessTokenProvider>();

        var token = await provider.GetAccessTokenAsync(CancellationToken.None);

        token.Should().StartWith("fake-bot-token-");
        var request = _issuer.TokenRequests.Should().ContainSingle().Subject;
        request.HasClientAssertion.Should().BeTrue();
        request.HasClientSecret.Should().BeFalse();
        request.Granted.Should().BeTrue("the issuer verified the assertion's signature with the client certificate");
        request.Scope.Should().Be("https://api.botframework.com/.default");
    }

    [Fact]
    public async Task GetAccessTokenAsync_SecondCall_ServedFromCache()
    {
        using var host = Build(_issuer, TimeProvider.System);
        var provider = host.Services.GetRequiredService<IAccessTokenProvider>();

        var first = await provider.GetAccessTokenAsync(CancellationToken.None);
        var second = await host.Services.GetRequiredService<IAccessTokenProvider>().GetAccessTokenAsync(CancellationToken.None);

        second.Should().Be(first);
        _issuer.TokenRequests.Should().HaveCount(1);
    }

    [Fact]
    public async Task GetAccessTokenAsync_SingleTenant_AsksTheAppsTenant()
    {
        using var host = Build(_issuer, TimeProvider.System, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TenantId,
        });
        var provider = host.Services.GetRequiredService<IAccessTokenProvider>();

        await provider.GetAccessTokenAsync(CancellationToken.None);

        _issuer.TokenRequests.Should().ContainSingle().Which.Tenant.Should().Be(TenantId);
    }

    [Fact]
    public async Task GetAccessTokenAsync_WrongSecret_ThrowsMsalServiceException()
    {
        using var host = Build(_issuer, TimeProvider.System, new Dictionary<string, string?> { ["MicrosoftAppPassword"] = "wrong" });
        var provider = host.Services.GetRequiredService<IAccessTokenProvider>();

        var act = () => provider.GetAccessTokenAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<MsalServiceException>()).Which.ErrorCode.Should().Be("invalid_client");
    }

    [Fact]
    public async Task GetAccessTokenAsync_IssuerCertificateNotTrusted_Fails()
    {
        // The product's own handler: platform validation refuses the throwaway certificate, as it must.
        using var trusting = Build(_issuer, TimeProvider.System);
        var options = trusting.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BotFrameworkOptions>>();
        using var provider = new MsalAccessTokenProvider(options, new PlatformHttpClientFactory(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<MsalAccessTokenProvider>.Instance);

        var act = () => provider.GetAccessTokenAsync(CancellationToken.None);

        var thrown = (await act.Should().ThrowAsync<Exception>()).Which;
        Chain(thrown).Should().Contain(e => e is System.Security.Authentication.AuthenticationException, "the TLS handshake is refused");
        _issuer.TokenRequests.Should().BeEmpty();
    }

    [Fact]
    public void IsEnabled_NoAppId_False()
    {
        using var host = Build(_issuer, TimeProvider.System, new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }, environment: "Development");

        host.Services.GetRequiredService<IAccessTokenProvider>().IsEnabled.Should().BeFalse();
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }

    private (string Path, string Password) WriteClientCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={AppId}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        _issuer.ClientCertificate = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        System.IO.Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "bot.pfx");
        const string password = "test-pfx-password";
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }

    private sealed class PlatformHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
