namespace SecurityBot.Platform.Directory;

/// <summary>
/// A Teams chat operation Graph refused or could not do. <see cref="StatusCode"/> is Graph's HTTP status (null: no
/// answer; 501: the configured directory cannot open chats); <see cref="IsTransient"/> says whether trying again later
/// can help (429, 5xx, no answer) or a person must act first (403: a permission is missing).
/// </summary>
public sealed class TeamsChatException : Exception
{
    public TeamsChatException()
    {
    }

    public TeamsChatException(string message)
        : base(message)
    {
    }

    public TeamsChatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TeamsChatException(string message, int? statusCode, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Graph's HTTP status, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>How long Graph asked us to wait (429 Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Whether trying again later can help: throttled, a timeout, a server error, or no answer at all. 501 (the
    /// configured directory cannot open chats) and every 4xx other than 408/429 need a person to act first.
    /// </summary>
    public bool IsTransient => StatusCode is null or 408 or 429 or 500 or 502 or 503 or 504;
}
