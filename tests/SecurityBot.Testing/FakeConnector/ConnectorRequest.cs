namespace SecurityBot.Testing.FakeConnector;

/// <summary>One request as the fake connector saw it, with what it answered.</summary>
public sealed record ConnectorRequest(
    string Method,
    string Path,
    string? ConversationId,
    string? ActivityId,
    string Body,
    string? Authorization,
    int StatusCode,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The request target exactly as sent (still percent-encoded), to check how ids were escaped.</summary>
    public string RawTarget { get; init; } = string.Empty;
}
