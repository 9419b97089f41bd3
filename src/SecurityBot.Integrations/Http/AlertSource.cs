namespace SecurityBot.Integrations.Http;

/// <summary>A configured source a request proved to come from.</summary>
internal sealed record AlertSource(string Name, AlertSourceOptions Options);
