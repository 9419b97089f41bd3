using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>Key caching, rollover and the unknown-kid refresh throttle, counted at the fake issuer.</summary>
public sealed class SigningKeyRefreshTests : ChannelTokenValidatorTestBase
{
    [Fact]
    public async Task ValidateAsync_RepeatedTokens_FetchKeysOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        }

        Issuer.MetadataRequests.Should().Be(1);
        Issuer.KeysRequests.Should().Be(1);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentColdStart_SharesOneFetch()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ValidateAsync(Issuer.DefaultKey)));

        results.Should().OnlyContain(r => r.Succeeded);
        Issuer.MetadataRequests.Should().Be(1);
        Issuer.KeysRequests.Should().Be(1);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKey_RefreshesOnceThenRefusesWithoutFetching()
    {
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        Clock.Advance(TimeSpan.FromMinutes(6));
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey("never-published");

        var first = await ValidateAsync(unknown);
        var second = await ValidateAsync(unknown);

        first.StatusCode.Should().Be(401);
        second.StatusCode.Should().Be(401);
        first.Error.Should().Contain("key the channel does not publish");
        Issuer.KeysRequests.Should().Be(2, "one refresh for the unknown kid, then throttled for 5 minutes");
    }

    [Fact]
    public async Task ValidateAsync_UnknownKeyAfterThrottleWindow_RefreshesAgain()
    {
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey("never-published");

        await ValidateAsync(unknown);
        Issuer.KeysRequests.Should().Be(1, "keys were fetched moments ago");
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ValidateAsync(unknown);

        Issuer.KeysRequests.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_KeyRolledOverAfterStart_AcceptedAfterRefresh()
    {
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        var rolled = Issuer.PublishKey("key-2", "msteams");
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await ValidateAsync(rolled);

        result.Succeeded.Should().BeTrue(result.Error);
        Issuer.KeysRequests.Should().Be(2);
        (await ValidateAsync(rolled)).Succeeded.Should().BeTrue();
        Issuer.KeysRequests.Should().Be(2, "the new key is cached");
    }

    [Fact]
    public async Task ValidateAsync_KeysOlderThan24Hours_FetchedAgain()
    {
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        Clock.Advance(TimeSpan.FromHours(23));
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        Issuer.KeysRequests.Should().Be(1);

        Clock.Advance(TimeSpan.FromHours(1));
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();

        Issuer.KeysRequests.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_IssuerUnavailableOnFirstUse_Returns401ThenRecovers()
    {
        Issuer.Unavailable = true;

        var refused = await ValidateAsync(Issuer.DefaultKey);
        Issuer.Unavailable = false;
        var accepted = await ValidateAsync(Issuer.DefaultKey);

        refused.StatusCode.Should().Be(401);
        refused.Error.Should().Contain("unavailable");
        accepted.Succeeded.Should().BeTrue(accepted.Error);
    }

    [Fact]
    public async Task ValidateAsync_RefreshFailsAfter24Hours_KeepsUsingCachedKeys()
    {
        (await ValidateAsync(Issuer.DefaultKey)).Succeeded.Should().BeTrue();
        Issuer.Unavailable = true;
        Clock.Advance(TimeSpan.FromHours(25));

        var result = await ValidateAsync(Issuer.DefaultKey);
        await ValidateAsync(Issuer.DefaultKey);

        result.Succeeded.Should().BeTrue(result.Error);
        Issuer.MetadataRequests.Should().Be(2, "one failed refresh, then retries wait 5 minutes");
    }

    private Task<AuthenticationResult> ValidateAsync(FakeSigningKey key) =>
        Validator.ValidateAsync("Bearer " + Issuer.ChannelTokens.Create(key, AppId, ServiceUrl), ChannelId, ServiceUrl, CancellationToken.None);
}
