namespace SecurityBot.Platform.Directory;

/// <summary>
/// The directory could not answer (throttled beyond the retry budget, unreachable, or the app's credential was
/// refused). Nothing is cached for it: the caller retries the whole operation later (e.g. the outbox's next attempt).
/// </summary>
public sealed class DirectoryUnavailableException : Exception
{
    public DirectoryUnavailableException()
    {
    }

    public DirectoryUnavailableException(string message) : base(message)
    {
    }

    public DirectoryUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
