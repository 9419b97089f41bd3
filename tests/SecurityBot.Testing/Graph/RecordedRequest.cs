namespace SecurityBot.Testing.Graph;

/// <summary>One request a fake server received.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string? Body);
