using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Notifications.RateLimiting;

/// <summary>
/// The Teams bot limits, applied before every outbound send: per conversation (7/s, 8/2 s, 60/30 s by default) and
/// per app per tenant (50/s). A slot is reserved in both logs atomically, so concurrent workers never overshoot.
/// Driven by <see cref="TimeProvider"/>: tests move the clock instead of sleeping.
/// </summary>
public sealed class SendRateLimiter
{
    private const int PruneEvery = 1_000;
    private readonly TimeProvider _time;
    private readonly RateWindow[] _perConversation;
    private readonly RateWindow[] _perTenant;
    private readonly Dictionary<string, SlidingWindowLog> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindowLog> _tenants = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _grantsSincePrune;

    public SendRateLimiter(IOptions<OutboxOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        var limits = options.Value.RateLimits;
        // The margin absorbs the jitter between our clock and the arrival time at Teams, which counts the window.
        var margin = TimeSpan.FromMilliseconds(limits.SafetyMarginMilliseconds);
        _perConversation =
        [
            new RateWindow(limits.PerConversationPerSecond, TimeSpan.FromSeconds(1) + margin),
            new RateWindow(limits.PerConversationPer2Seconds, TimeSpan.FromSeconds(2) + margin),
            new RateWindow(limits.PerConversationPer30Seconds, TimeSpan.FromSeconds(30) + margin),
        ];
        _perTenant = [new RateWindow(limits.PerTenantPerSecond, TimeSpan.FromSeconds(1) + margin)];
    }

    /// <summary>Waits until one more send to this conversation in this tenant fits every window, and reserves it.</summary>
    public async Task AcquireAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire(tenantId, conversationId);
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Reserves a slot and returns zero, or reserves nothing and returns how long to wait.</summary>
    public TimeSpan TryAcquire(string? tenantId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var conversation = Log(_conversations, conversationId, _perConversation);
            var tenant = Log(_tenants, tenantId ?? string.Empty, _perTenant);
            var wait = Max(conversation.WaitTime(now), tenant.WaitTime(now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            conversation.Record(now);
            tenant.Record(now);
            if (++_grantsSincePrune >= PruneEvery)
            {
                Prune(now);
            }

            return TimeSpan.Zero;
        }
    }

    private static SlidingWindowLog Log(Dictionary<string, SlidingWindowLog> logs, string key, RateWindow[] windows)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = new SlidingWindowLog(windows);
            logs[key] = log;
        }

        return log;
    }

    private void Prune(DateTimeOffset now)
    {
        _grantsSincePrune = 0;
        foreach (var key in _conversations.Where(p => p.Value.IsIdle(now)).Select(p => p.Key).ToList())
        {
            _conversations.Remove(key);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
