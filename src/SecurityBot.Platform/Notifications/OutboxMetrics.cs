using System.Diagnostics.Metrics;

namespace SecurityBot.Platform.Notifications;

/// <summary>Outbox instruments (meter "SecurityBot.Outbox"), for dashboards and for the fan-out benchmark.</summary>
public static class OutboxMetrics
{
    public const string MeterName = "SecurityBot.Outbox";
    public const string AckToCommitName = "securitybot.outbox.ack_to_commit";
    public const string RateWaitName = "securitybot.outbox.rate_wait";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// Milliseconds from the connector's 2xx to the committed "delivered" mark: a crash inside this window is the
    /// only way the outbox sends a message twice.
    /// </summary>
    internal static readonly Histogram<double> AckToCommit = Meter.CreateHistogram<double>(AckToCommitName, "ms",
        "Time from the connector's 2xx to the committed delivered mark (the duplicate window)");

    /// <summary>
    /// Milliseconds a send waited for the Teams limits (SendRateLimiter): near zero means the workers, not Teams,
    /// set the pace; a fan-out at the limit shows most sends waiting.
    /// </summary>
    internal static readonly Histogram<double> RateWait = Meter.CreateHistogram<double>(RateWaitName, "ms",
        "Time a send waited for a slot under the Teams rate limits");

    internal static readonly Counter<long> Outcomes = Meter.CreateCounter<long>("securitybot.outbox.outcomes", description: "Outbox rows by outcome");
}
