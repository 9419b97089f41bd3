using System.Net;

namespace SecurityBot.BotFramework.Connector;

/// <summary>A connector call failed after retries; carries the status and the server's Retry-After and error code.</summary>
public class ConnectorException : Exception
{
    /// <summary>
    /// The 403 error codes Teams documents as "the bot cannot post here until the person or admin acts" (Teams
    /// platform docs, "Status codes from bot conversational APIs"): the person blocked the bot, the tenant admin
    /// disabled it, the bot is no longer in the conversation's roster, the bot is not installed in the person's
    /// personal scope (uninstalled); MessageWritesBlocked is the code the proactive-messaging docs give for a blocked
    /// or uninstalled bot. Any other 403 is not evidence that the person is unreachable.
    /// </summary>
    public static readonly IReadOnlySet<string> UnreachableErrorCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ConversationBlockedByUser",
        "BotDisabledByAdmin",
        "BotNotInConversationRoster",
        "ForbiddenOperationException",
        "MessageWritesBlocked",
    };

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

    public ConnectorFailureKind Kind => Classify(StatusCode, ErrorCode);

    /// <summary>
    /// The one place that decides what a connector answer means: 403 with an <see cref="UnreachableErrorCodes"/> code
    /// is <see cref="ConnectorFailureKind.RecipientUnreachable"/>; 408, 412 (Teams' "precondition failed, try again"),
    /// 429, 5xx and any other 403 are <see cref="ConnectorFailureKind.Transient"/>; everything else is permanent.
    /// </summary>
    public static ConnectorFailureKind Classify(HttpStatusCode status, string? errorCode) => status switch
    {
        HttpStatusCode.Forbidden when errorCode is not null && UnreachableErrorCodes.Contains(errorCode) => ConnectorFailureKind.RecipientUnreachable,
        HttpStatusCode.Forbidden or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests => ConnectorFailureKind.Transient,
        _ when (int)status >= 500 => ConnectorFailureKind.Transient,
        _ => ConnectorFailureKind.Permanent,
    };
}
