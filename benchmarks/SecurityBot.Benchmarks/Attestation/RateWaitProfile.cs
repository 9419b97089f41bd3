using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// Listens to the outbox's rate-wait histogram while the fan-out runs: if most sends waited for a slot, the Teams
/// limits (and the limiter's margin) set the pace; if many went straight through, the workers did.
/// </summary>
internal sealed class RateWaitProfile : IDisposable
{
    private readonly ConcurrentQueue<double> _waits = new();
    private readonly MeterListener _listener = new();

    public RateWaitProfile()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == OutboxMetrics.RateWaitName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _waits.Enqueue(value));
        _listener.Start();
    }

    public override string ToString()
    {
        var waits = _waits.Order().ToArray();
        if (waits.Length == 0)
        {
            return "Rate-limit waits: none recorded";
        }

        var straight = waits.Count(w => w < 1);
        return $"Rate-limit waits of {waits.Length:N0} sends: {100.0 * straight / waits.Length:F1}% under 1 ms; " +
            $"p50 {waits[waits.Length / 2]:F0} ms, p90 {waits[waits.Length * 9 / 10]:F0} ms, max {waits[^1]:F0} ms";
    }

    public void Dispose() => _listener.Dispose();
}
