using System.Diagnostics.Metrics;

namespace SecurityBot.Platform.Notifications;

/// <summary>Outbox instruments (meter "SecurityBot.Outbox"), for dashboards and for the fan-out benchmark.</summary>
public static class OutboxMetrics
{
    public const string MeterName = "SecurityBot.Outbox";
    public const string AckToCommitName = "securitybot.outbox.ack_to_commit";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// Milliseconds from the connector's 2xx to the committed "delivered" mark: a crash inside this window is the
    /// only way the outbox sends a message twice.
    /// </summary>
    internal static readonly Histogram<double> AckToCommit = Meter.CreateHistogram<double>(AckToCommitName, "ms",
        "Time from the connector's 2xx to the committed delivered mark (the duplicate window)");

    internal static readonly Counter<long> Outcomes = Meter.CreateCounter<long>("securitybot.outbox.outcomes", description: "Outbox rows by outcome");
}
