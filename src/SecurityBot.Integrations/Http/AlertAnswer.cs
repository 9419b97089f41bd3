namespace SecurityBot.Integrations.Http;

/// <summary>The body of 201/200 from POST /api/alerts: the incident's number, and whether this call raised it.</summary>
internal sealed record AlertAnswer(string Incident, bool Created);
