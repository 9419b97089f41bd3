using System.Collections.Concurrent;

namespace SecurityBot.Platform.Directory.Caching;

/// <summary>
/// At most one running lookup per key: concurrent callers for the same key share the first caller's task, so a
/// burst of cards about one incident costs one directory call, not one per card (no cache stampede).
/// </summary>
internal sealed class SingleFlight
{
    private readonly ConcurrentDictionary<string, Task<object?>> _running = new(StringComparer.Ordinal);

    /// <summary>Number of lookups running now (for tests and diagnostics).</summary>
    public int RunningCount => _running.Count;

    public Task<object?> RunAsync(string key, Func<Task<object?>> work)
    {
        while (true)
        {
            if (_running.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var completion = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running.TryAdd(key, completion.Task))
            {
                _ = RunAndForgetAsync(key, work, completion);
                return completion.Task;
            }
        }
    }

    private async Task RunAndForgetAsync(string key, Func<Task<object?>> work, TaskCompletionSource<object?> completion)
    {
        try
        {
            completion.SetResult(await work().ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            // Every waiter sees the failure; nothing is remembered, so the next caller tries again.
            completion.SetException(ex);
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Task<object?>>(key, completion.Task));
        }
    }
}
