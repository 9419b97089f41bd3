namespace SecurityBot.Platform.Timers;

/// <summary>A due timer of a kind no handler is registered for: retrying cannot help, so it fails at once.</summary>
public sealed class MissingTimerHandlerException(string kind)
    : InvalidOperationException($"No ITimerHandler is registered for kind '{kind}'.");
