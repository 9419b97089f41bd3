using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.Logging;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// Inbound channel tokens against an OpenID metadata + JWKS served over HTTPS with the test's own RSA keys. The clock
/// is a ManualTimeProvider far from the real date, so any check using the system clock would fail these tests.
/// </summary>
public sealed class ChannelTokenValidatorTests : ChannelTokenValidatorTestBase
{
    [Fact]
    public async Task ValidateAsync_ValidToken_SucceedsWithTheChannelIdentity()
    {
        var result = await ValidateAsync(ValidToken());

        result.Succeeded.Should().BeTrue(result.Error);
        result.Identity!.IsAuthenticated.Should().BeTrue();
        result.Identity.FindFirst("aud")!.Value.Should().Be(AppId);
        result.Identity.FindFirst("serviceurl")!.Value.Should().Be(ServiceUrl);
    }

    [Fact]
    public async Task ValidateAsync_MissingHeader_Returns401()
    {
        var result = await Validator.ValidateAsync(null, ChannelId, ServiceUrl, CancellationToken.None);

        result.StatusCode.Should().Be(401);
        Issuer.MetadataRequests.Should().Be(0, "nothing is fetched for a request without a token");
    }

    [Theory]
    [InlineData("Basic Ym90OnNlY3JldA==")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    public async Task ValidateAsync_NotABearerJwt_Returns401(string header)
    {
        var result = await Validator.ValidateAsync(header, ChannelId, ServiceUrl, CancellationToken.None);

        result.StatusCode.Should().Be(401);
    }

    [Fact]
    public async Task ValidateAsync_NonBearerSchemeCarryingAValidToken_Returns401()
    {
        var result = await Validator.ValidateAsync("Basic " + ValidToken(), ChannelId, ServiceUrl, CancellationToken.None);

        result.StatusCode.Should().Be(401);
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_Returns401()
    {
        var token = Issuer.ChannelTokens.CreateUnsigned(Issuer.DefaultKey.KeyId, AppId, ServiceUrl);

        await ShouldRefuseAsync(token, 401, "algorithm");
    }

    [Fact]
    public async Task ValidateAsync_Hs256KeyedWithThePublicModulus_Returns401()
    {
        var token = Issuer.ChannelTokens.CreateHmacWithPublicKey(Issuer.DefaultKey, AppId, ServiceUrl);

        await ShouldRefuseAsync(token, 401, "algorithm");
    }

    [Fact]
    public async Task ValidateAsync_WrongAudience_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, "some-other-bot", ServiceUrl);

        await ShouldRefuseAsync(token, 401, "audience");
    }

    [Fact]
    public async Task ValidateAsync_WrongIssuer_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, issuer: "https://sts.windows.net/attacker/");

        await ShouldRefuseAsync(token, 401, "issuer");
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, expires: Clock.GetUtcNow().AddMinutes(-6));

        await ShouldRefuseAsync(token, 401, "expired");
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Succeeds()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, expires: Clock.GetUtcNow().AddMinutes(-4));

        (await ValidateAsync(token)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_ValidTokenAfterClockPassesExpiryPlusSkew_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, expires: Clock.GetUtcNow().AddMinutes(10));
        (await ValidateAsync(token)).Succeeded.Should().BeTrue();

        Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        await ShouldRefuseAsync(token, 401, "expired");
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_Returns401()
    {
        var now = Clock.GetUtcNow();
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1));

        await ShouldRefuseAsync(token, 401, "not valid yet");
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidWithinSkew_Succeeds()
    {
        var now = Clock.GetUtcNow();
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, notBefore: now.AddMinutes(4), expires: now.AddHours(1));

        (await ValidateAsync(token)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateAsync_KnownKeyIdButOtherKey_Returns401()
    {
        using var attackerKey = FakeTokenIssuer.CreateUnpublishedKey();
        var token = Issuer.ChannelTokens.Create(attackerKey, AppId, ServiceUrl, headerKeyId: Issuer.DefaultKey.KeyId);

        await ShouldRefuseAsync(token, 401, "signature");
    }

    [Fact]
    public async Task ValidateAsync_TamperedPayload_Returns401()
    {
        var signedForOtherBot = Issuer.ChannelTokens.Create(Issuer.DefaultKey, "some-other-bot", ServiceUrl);
        var token = Issuer.ChannelTokens.Tamper(signedForOtherBot, AppId, ServiceUrl);

        await ShouldRefuseAsync(token, 401, "signature");
    }

    [Fact]
    public async Task ValidateAsync_KeyNotEndorsedForTheChannel_Returns403()
    {
        var webChatKey = Issuer.PublishKey("webchat-key", "webchat");
        var token = Issuer.ChannelTokens.Create(webChatKey, AppId, ServiceUrl);

        await ShouldRefuseAsync(token, 403, "endorsed");
    }

    [Fact]
    public async Task ValidateAsync_ActivityFromAnotherChannel_Returns403()
    {
        var result = await Validator.ValidateAsync("Bearer " + ValidToken(), "webchat", ServiceUrl, CancellationToken.None);

        result.StatusCode.Should().Be(403);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://attacker.example/amer/")]
    // The path is case-sensitive; the host is not (ServiceUrl is the one reading, and the client sends to the lower-case host).
    [InlineData("https://smba.trafficmanager.net/AMER/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    public async Task ValidateAsync_ServiceUrlMismatch_Returns401(string activityServiceUrl)
    {
        var result = await Validator.ValidateAsync("Bearer " + ValidToken(), ChannelId, activityServiceUrl, CancellationToken.None);

        result.StatusCode.Should().Be(401);
        result.Error.Should().Contain("serviceurl");
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlDiffersOnlyByTrailingSlash_Succeeds()
    {
        var result = await Validator.ValidateAsync("Bearer " + ValidToken(), ChannelId, ServiceUrl.TrimEnd('/'), CancellationToken.None);

        result.Succeeded.Should().BeTrue(result.Error);
    }

    [Fact]
    public async Task ValidateAsync_TokenWithoutServiceUrlClaim_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, serviceUrl: null);

        await ShouldRefuseAsync(token, 401, "serviceurl");
    }

    [Fact]
    public async Task ValidateAsync_NoAppIdInDevelopment_SucceedsAnonymouslyWithoutFetchingKeys()
    {
        using var host = Build(Issuer, Clock, new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }, environment: "Development");

        var result = await host.Services.GetRequiredService<IChannelTokenValidator>().ValidateAsync(null, ChannelId, ServiceUrl, CancellationToken.None);

        result.Succeeded.Should().BeTrue();
        result.Identity!.IsAuthenticated.Should().BeFalse();
        Issuer.MetadataRequests.Should().Be(0);
    }

    [Fact]
    public async Task ValidateAsync_AcceptedAndRefusedTokens_NeverLogged()
    {
        using var logs = new CapturingLoggerProvider();
        using var host = Build(Issuer, Clock, logs: logs);
        var validator = host.Services.GetRequiredService<IChannelTokenValidator>();
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey();
        var now = Clock.GetUtcNow();
        string[] tokens =
        [
            ValidToken(),
            Issuer.ChannelTokens.CreateUnsigned(Issuer.DefaultKey.KeyId, AppId, ServiceUrl),
            Issuer.ChannelTokens.Create(Issuer.DefaultKey, "some-other-bot", ServiceUrl),
            Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, expires: now.AddHours(-1)),
            Issuer.ChannelTokens.Create(unknown, AppId, ServiceUrl),
            Issuer.ChannelTokens.Create(unknown, AppId, ServiceUrl, headerKeyId: Issuer.DefaultKey.KeyId),
        ];

        foreach (var token in tokens)
        {
            await validator.ValidateAsync("Bearer " + token, ChannelId, ServiceUrl, CancellationToken.None);
            await validator.ValidateAsync("Bearer " + token, "webchat", "https://attacker.example/", CancellationToken.None);
        }

        logs.Lines.Should().NotBeEmpty();
        foreach (var part in tokens.SelectMany(t => t.Split('.')).Where(p => p.Length > 0))
        {
            logs.Lines.Should().NotContain(line => line.Contains(part, StringComparison.Ordinal));
        }
    }

    private string ValidToken() => Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);

    private Task<AuthenticationResult> ValidateAsync(string token) =>
        Validator.ValidateAsync("Bearer " + token, ChannelId, ServiceUrl, CancellationToken.None);

    private async Task ShouldRefuseAsync(string token, int statusCode, string reason)
    {
        var result = await ValidateAsync(token);

        result.StatusCode.Should().Be(statusCode);
        result.Identity.Should().BeNull();
        result.Error.Should().Contain(reason);
        result.Error.Should().NotContain(token.Split('.')[0]).And.NotContain(token.Split('.')[1], "errors are logged and must never carry the token");
    }
}
