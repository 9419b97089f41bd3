namespace SecurityBot.Core.Incidents;

/// <summary>The answer to a triage request: the outcome, a sentence for the person, and the incident as it is now.</summary>
public sealed record TriageResult(TriageOutcome Outcome, string Message, Incident? Incident);
