using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.Time;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>Key caching, rollover and the unknown-kid refresh throttle, counted at the fake issuer.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private FakeTokenIssuer _issuer = null!;
    private IHost _host = null!;

    private IChannelTokenValidator Validator => _host.Services.GetRequiredService<IChannelTokenValidator>();

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync(_clock);
        _host = Build(_issuer, _clock);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ValidateAsync_RepeatedTokens_FetchKeysOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        }

        _issuer.MetadataRequests.Should().Be(1);
        _issuer.KeysRequests.Should().Be(1);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentColdStart_SharesOneFetch()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ValidateAsync(_issuer.DefaultKey)));

        results.Should().OnlyContain(r => r.Succeeded);
        _issuer.MetadataRequests.Should().Be(1);
        _issuer.KeysRequests.Should().Be(1);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKey_RefreshesOnceThenRefusesWithoutFetching()
    {
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        _clock.Advance(TimeSpan.FromMinutes(6));
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey("never-published");

        var first = await ValidateAsync(unknown);
        var second = await ValidateAsync(unknown);

        first.StatusCode.Should().Be(401);
        second.StatusCode.Should().Be(401);
        first.Error.Should().Contain("key the channel does not publish");
        _issuer.KeysRequests.Should().Be(2, "one refresh for the unknown kid, then throttled for 5 minutes");
    }

    [Fact]
    public async Task ValidateAsync_UnknownKeyAfterThrottleWindow_RefreshesAgain()
    {
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        using var unknown = FakeTokenIssuer.CreateUnpublishedKey("never-published");

        await ValidateAsync(unknown);
        _issuer.KeysRequests.Should().Be(1, "keys were fetched moments ago");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await ValidateAsync(unknown);

        _issuer.KeysRequests.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_KeyRolledOverAfterStart_AcceptedAfterRefresh()
    {
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        var rolled = _issuer.PublishKey("key-2", "msteams");
        _clock.Advance(TimeSpan.FromMinutes(5));

        var result = await ValidateAsync(rolled);

        result.Succeeded.Should().BeTrue(result.Error);
        _issuer.KeysRequests.Should().Be(2);
        (await ValidateAsync(rolled)).Succeeded.Should().BeTrue();
        _issuer.KeysRequests.Should().Be(2, "the new key is cached");
    }

    [Fact]
    public async Task ValidateAsync_KeysOlderThan24Hours_FetchedAgain()
    {
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        _clock.Advance(TimeSpan.FromHours(23));
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        _issuer.KeysRequests.Should().Be(1);

        _clock.Advance(TimeSpan.FromHours(1));
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();

        _issuer.KeysRequests.Should().Be(2);
    }

    [Fact]
    public async Task ValidateAsync_IssuerUnavailableOnFirstUse_Returns401ThenRecovers()
    {
        _issuer.Unavailable = true;

        var refused = await ValidateAsync(_issuer.DefaultKey);
        _issuer.Unavailable = false;
        var accepted = await ValidateAsync(_issuer.DefaultKey);

        refused.StatusCode.Should().Be(401);
        refused.Error.Should().Contain("unavailable");
        accepted.Succeeded.Should().BeTrue(accepted.Error);
    }

    [Fact]
    public async Task ValidateAsync_RefreshFailsAfter24Hours_KeepsUsingCachedKeys()
    {
        (await ValidateAsync(_issuer.DefaultKey)).Succeeded.Should().BeTrue();
        _issuer.Unavailable = true;
        _clock.Advance(TimeSpan.FromHours(25));

        var result = await ValidateAsync(_issuer.DefaultKey);
        await ValidateAsync(_issuer.DefaultKey);

        result.Succeeded.Should().BeTrue(result.Error);
        _issuer.MetadataRequests.Should().Be(2, "one failed refresh, then retries wait 5 minutes");
    }

    private Task<AuthenticationResult> ValidateAsync(FakeSigningKey key) =>
        Validator.ValidateAsync("Bearer " + _issuer.ChannelTokens.Create(key, AppId, ServiceUrl), ChannelId, ServiceUrl, CancellationToken.None);
}
