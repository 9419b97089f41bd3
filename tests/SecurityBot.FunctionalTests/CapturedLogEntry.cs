using Microsoft.Extensions.Logging;

namespace SecurityBot.FunctionalTests;

public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}
