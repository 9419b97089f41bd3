using System.Net;

namespace SecurityBot.BotFramework.Connector;

/// <summary>A connector call failed after retries; carries the status and the server's Retry-After and error code.</summary>
public class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string message, TimeSpan? retryAfter = null, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        ErrorCode = errorCode;
    }

    public HttpStatusCode StatusCode { get; }

    public TimeSpan? RetryAfter { get; }

    public string? ErrorCode { get; }
}
