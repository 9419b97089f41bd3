using Microsoft.IdentityModel.Tokens;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// The channel sends one token with many activities, and its signature is proven once. These tests hold the second
/// and later uses of an accepted token to every rule the first use met: the clock, the activity's channel and
/// serviceUrl, and the issuer's current keys.
/// </summary>
public sealed class VerifiedTokenReuseTests : ChannelTokenValidatorTestBase
{
    [Fact]
    public async Task ValidateAsync_AcceptedTokenReused_SucceedsWithAnIdentityOfItsOwn()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);

        var first = await ValidateAsync(token, ChannelId, ServiceUrl);
        var second = await ValidateAsync(token, ChannelId, ServiceUrl);

        second.Succeeded.Should().BeTrue(second.Error);
        second.Identity!.FindFirst("serviceurl")!.Value.Should().Be(ServiceUrl);
        second.Identity.Should().NotBeSameAs(first.Identity, "a turn that changes its identity must not change another's");
        foreach (var identity in new[] { first.Identity, second.Identity })
        {
            (identity as CaseSensitiveClaimsIdentity)?.SecurityToken.Should().BeNull("the remembered identity must not carry the bearer token");
        }
    }

    [Fact]
    public async Task ValidateAsync_GenuineTokenWithExpiryAtTheEndOfTime_Returns401NotAnError()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, expires: DateTimeOffset.MaxValue.AddMinutes(-1));

        var result = await ValidateAsync(token, ChannelId, ServiceUrl);

        result.StatusCode.Should().Be(401);
        result.Error.Should().Contain("not a valid time");
    }

    [Fact]
    public async Task ValidateAsync_AcceptedTokenReusedAfterExpiryPlusSkew_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);
        (await ValidateAsync(token, ChannelId, ServiceUrl)).Succeeded.Should().BeTrue();

        Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));
        var result = await ValidateAsync(token, ChannelId, ServiceUrl);

        result.StatusCode.Should().Be(401);
        result.Error.Should().Contain("expired");
    }

    [Fact]
    public async Task ValidateAsync_AcceptedTokenReusedForAnotherServiceUrl_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);
        (await ValidateAsync(token, ChannelId, ServiceUrl)).Succeeded.Should().BeTrue();

        var result = await ValidateAsync(token, ChannelId, "https://attacker.example/amer/");

        result.StatusCode.Should().Be(401);
        result.Error.Should().Contain("serviceurl");
    }

    [Fact]
    public async Task ValidateAsync_AcceptedTokenReusedForAnotherChannel_Returns403()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);
        (await ValidateAsync(token, ChannelId, ServiceUrl)).Succeeded.Should().BeTrue();

        var result = await ValidateAsync(token, "webchat", ServiceUrl);

        result.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task ValidateAsync_AcceptedTokenWithOneCharacterChanged_Returns401()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);
        (await ValidateAsync(token, ChannelId, ServiceUrl)).Succeeded.Should().BeTrue();
        var last = token[^1];
        var tampered = token[..^1] + (last == 'A' ? 'B' : 'A');

        var result = await ValidateAsync(tampered, ChannelId, ServiceUrl);

        result.StatusCode.Should().Be(401);
    }

    [Fact]
    public async Task ValidateAsync_SigningKeyWithdrawnThenKeysExpire_RefusesTheTokenAcceptedBefore()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl, expires: Clock.GetUtcNow().AddDays(2));
        (await ValidateAsync(token, ChannelId, ServiceUrl)).Succeeded.Should().BeTrue();
        Issuer.Withdraw(Issuer.DefaultKey);

        Clock.Advance(TimeSpan.FromHours(24));
        var reused = await ValidateAsync(token, ChannelId, ServiceUrl);

        Issuer.KeysRequests.Should().Be(2, "the keys' 24 h lifetime ran out");
        reused.StatusCode.Should().Be(401);
        reused.Error.Should().Contain("does not publish");
    }

    [Fact]
    public async Task ValidateAsync_KeysRefreshedWhileTokenLive_ProvesTheSignatureAgainstTheNewKeySet()
    {
        var token = Issuer.ChannelTokens.Create(Issuer.DefaultKey, AppId, ServiceUrl);
        (await ValidateAsync(token, ChannelId, ServiceUrl)).Succeeded.Should().BeTrue();
        Issuer.Withdraw(Issuer.DefaultKey);
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey("key-forcing-refresh");
        Clock.Advance(TimeSpan.FromMinutes(5));

        // An unknown kid makes the bot fetch the keys again; the withdrawn key is gone from the new set.
        (await ValidateAsync(Issuer.ChannelTokens.Create(unknown, AppId, ServiceUrl), ChannelId, ServiceUrl)).StatusCode.Should().Be(401);
        var reused = await ValidateAsync(token, ChannelId, ServiceUrl);

        Issuer.KeysRequests.Should().Be(2);
        reused.StatusCode.Should().Be(401, "the key that signed it is no longer published");
        reused.Error.Should().Contain("does not publish");
    }

    private Task<AuthenticationResult> ValidateAsync(string token, string channelId, string serviceUrl) =>
        Validator.ValidateAsync("Bearer " + token, channelId, serviceUrl, CancellationToken.None);
}
