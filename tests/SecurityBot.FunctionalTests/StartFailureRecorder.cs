using Microsoft.Extensions.Logging;

namespace SecurityBot.FunctionalTests;

/// <summary>
/// Keeps the exception the generic host logs when it fails to start ("Hosting failed to start": a refused option, a
/// hosted service whose settings are refused). WebApplicationFactory's deferred host can lose that exception: when the
/// app's own thread fails and disposes its services before the factory asks them for the application lifetime, the
/// factory throws ObjectDisposedException instead (the dotnet/aspnetcore#33494 family), and a test of "refuses,
/// naming the setting" would fail for a reason that has nothing to do with the setting.
/// </summary>
internal sealed class StartFailureRecorder : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private Exception? _failure;

    public Exception? Failure => Volatile.Read(ref _failure);

    public ILogger CreateLogger(string categoryName) => categoryName == HostCategory ? new HostLogger(this) : NullLoggerInstance;

    public void Dispose()
    {
    }

    private static readonly ILogger NullLoggerInstance = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private sealed class HostLogger(StartFailureRecorder recorder) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null)
            {
                Interlocked.CompareExchange(ref recorder._failure, exception, null);
            }
        }
    }
}
