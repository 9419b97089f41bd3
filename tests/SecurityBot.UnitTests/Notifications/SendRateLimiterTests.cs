using Microsoft.Extensions.Options;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Notifications.RateLimiting;
using SecurityBot.Testing.Time;

namespace SecurityBot.UnitTests.Notifications;

public sealed class SendRateLimiterTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void TryAcquire_SeventhAndEighthInOneSecond_SeventhGrantedEighthWaits()
    {
        var limiter = NewLimiter();
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.Zero);
        }

        limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void TryAcquire_EightInTwoSeconds_NinthWaitsForTheTwoSecondWindow()
    {
        var limiter = NewLimiter();
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.Zero);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.Zero, "the 1 s window moved on and 8/2 s still allows one");
        limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.FromSeconds(1), "8 sends in 2 s is the limit until the first seven age out");
    }

    [Fact]
    public void TryAcquire_SixtyInThirtySeconds_SixtyFirstWaitsUntilTheOldestLeaves()
    {
        var limiter = NewLimiter();
        var granted = 0;
        for (var second = 0; second < 30; second++)
        {
            // Two per second respects 7/1 s and 8/2 s, so only the 30 s window can stop us.
            for (var i = 0; i < 2; i++)
            {
                if (limiter.TryAcquire("tenant", "conv") == TimeSpan.Zero)
                {
                    granted++;
                }
            }

            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        granted.Should().Be(60);
        limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.Zero, "the first sends are now 30 s old");
        limiter.TryAcquire("tenant", "conv").Should().Be(TimeSpan.Zero);
        limiter.TryAcquire("tenant", "conv").Should().BeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public void TryAcquire_FiftyConversationsInOneTenant_FiftyFirstWaitsForTheTenantWindow()
    {
        var limiter = NewLimiter();
        for (var i = 0; i < 50; i++)
        {
            limiter.TryAcquire("tenant", $"conv-{i}").Should().Be(TimeSpan.Zero);
        }

        limiter.TryAcquire("tenant", "conv-50").Should().Be(TimeSpan.FromSeconds(1));
        limiter.TryAcquire("other-tenant", "conv-51").Should().Be(TimeSpan.Zero, "the limit is per tenant");
    }

    [Fact]
    public void TryAcquire_Refused_ReservesNothing()
    {
        var limiter = NewLimiter();
        for (var i = 0; i < 50; i++)
        {
            limiter.TryAcquire("tenant", $"conv-{i}");
        }

        for (var i = 0; i < 10; i++)
        {
            limiter.TryAcquire("tenant", "busy").Should().BeGreaterThan(TimeSpan.Zero);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("tenant", "busy").Should().Be(TimeSpan.Zero, "refused attempts did not count against the conversation");
        }
    }

    [Fact]
    public async Task AcquireAsync_OverTheLimit_CompletesOnlyWhenTheClockMoves()
    {
        var limiter = NewLimiter();
        for (var i = 0; i < 7; i++)
        {
            await limiter.AcquireAsync("tenant", "conv", CancellationToken.None);
        }

        var eighth = limiter.AcquireAsync("tenant", "conv", CancellationToken.None);
        eighth.IsCompleted.Should().BeFalse();

        _clock.Advance(TimeSpan.FromSeconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));
        eighth.IsCompletedSuccessfully.Should().BeTrue();
    }

    private SendRateLimiter NewLimiter() =>
        new(Options.Create(new OutboxOptions { RateLimits = new RateLimitOptions { SafetyMarginMilliseconds = 0 } }), _clock);
}
