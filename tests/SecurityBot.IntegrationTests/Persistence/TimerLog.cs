using System.Collections.Concurrent;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>Shared by the handlers of every simulated instance: which timers ran, and how often.</summary>
public sealed class TimerLog
{
    private readonly ConcurrentDictionary<Guid, int> _runs = new();

    public int RunsOf(Guid timerId) => _runs.GetValueOrDefault(timerId);

    public IReadOnlyDictionary<Guid, int> Runs => _runs;

    public void Record(Guid timerId) => _runs.AddOrUpdate(timerId, 1, (_, n) => n + 1);
}
