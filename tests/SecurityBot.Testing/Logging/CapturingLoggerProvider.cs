using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Testing.Logging;

/// <summary>
/// Keeps every log call at every level (scopes ignored), so tests can check what was written and prove what never
/// is (tokens, secrets).
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyCollection<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>Each entry as one line: "Level Category: message exception".</summary>
    public IReadOnlyCollection<string> Lines => [.. _entries.Select(e => e.ToString())];

    /// <summary>Removes and returns what was logged so far (long runs, e.g. the fuzz test, check as they go).</summary>
    public IReadOnlyList<CapturedLogEntry> Drain()
    {
        var drained = new List<CapturedLogEntry>();
        while (_entries.TryDequeue(out var entry))
        {
            drained.Add(entry);
        }

        return drained;
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            entries.Enqueue(new CapturedLogEntry(logLevel, category, formatter(state, exception), exception?.ToString()));
        }
    }
}
