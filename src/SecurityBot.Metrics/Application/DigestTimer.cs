namespace SecurityBot.Metrics.Application;

/// <summary>
/// The one durable timer of the digest: a fixed entity and kind, so every instance and every start looks for the
/// same row, and the scheduler's "schedule replaces the pending timer of the same entity and kind" keeps it single.
/// </summary>
internal static class DigestTimer
{
    public const string Kind = "metrics.digest";
    public const string EntityType = "MetricsDigest";
    public const string EntityId = "digest";

    /// <summary>
    /// The outbox key of one recipient's digest for one occurrence: a retried firing, a restart, or a duplicate timer
    /// for the same occurrence finds it taken and enqueues nothing.
    /// </summary>
    public static string IdempotencyKey(DateTimeOffset occurrence, string recipientId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"metrics.digest:{occurrence.UtcDateTime:yyyy-MM-ddTHH:mmZ}:{recipientId}");
}
