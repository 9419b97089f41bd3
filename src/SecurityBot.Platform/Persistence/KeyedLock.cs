namespace SecurityBot.Platform.Persistence;

/// <summary>
/// In-process mutual exclusion per key, for "read, then insert if absent" steps that two turns of one conversation
/// run at the same moment: Teams sends installationUpdate and conversationUpdate together on every personal install.
/// Unserialised, the slower turn's insert hits the unique index on every install: handled (an exception, a re-read)
/// but a failed statement each time, which EF Core reported as an error. Across instances the unique index (and the
/// callers' handling of its violation) stays the guard. Striped: a fixed set of semaphores, no per-key growth.
/// Not re-entrant, and two keys can share a stripe: never acquire a second key while holding one.
/// </summary>
public sealed class KeyedLock : IDisposable
{
    private const int StripeCount = 64;
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Waits for the key; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % StripeCount)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
