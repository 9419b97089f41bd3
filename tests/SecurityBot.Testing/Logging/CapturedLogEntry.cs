using Microsoft.Extensions.Logging;

namespace SecurityBot.Testing.Logging;

/// <summary>One log call as the host made it: level, category, formatted message and the exception's text.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, string? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
}
