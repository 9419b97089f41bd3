namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// Lets a caller that owns retries itself turn off the in-call retries of <see cref="ConnectorRetryHandler"/> for
/// the calls made inside a scope (it flows with the async context). The outbox does: its retries go back through
/// the Teams rate limiter and are persisted, whereas an in-call retry after Retry-After would bypass the limiter and
/// collide with the sends it already admitted.
/// </summary>
public static class ConnectorRetries
{
    private static readonly AsyncLocal<bool> Suppressed = new();

    public static bool AreSuppressed => Suppressed.Value;

    /// <summary>Until disposed, connector calls from this async flow are tried once; failures surface at once.</summary>
    public static IDisposable Suppress()
    {
        var previous = Suppressed.Value;
        Suppressed.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => Suppressed.Value = previous;
    }
}
