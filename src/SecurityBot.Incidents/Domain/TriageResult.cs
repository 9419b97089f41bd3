namespace SecurityBot.Incidents.Domain;

/// <summary>The answer to a triage request: the outcome, a sentence for the person, and the incident as it is now.</summary>
internal sealed record TriageResult(TriageOutcome Outcome, string Message, Incident? Incident)
{
    /// <summary>
    /// The one answer for a number that does not exist AND for an incident the person may not see: the two must be
    /// indistinguishable, so every path that refuses a read uses this text.
    /// </summary>
    public static TriageResult NotFound(long number) =>
        new(TriageOutcome.NotFound, $"There is no incident {IncidentNumber.Format(Math.Max(1, number))} you can see.", null);
}
