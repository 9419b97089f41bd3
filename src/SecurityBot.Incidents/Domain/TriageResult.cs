using System.Diagnostics.CodeAnalysis;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// The answer to a triage request: how it ended, a sentence for the person, and the incident as it is now (there is
/// one whenever the person may see it: applied, stale, refused).
/// </summary>
internal sealed record TriageResult(UseCaseStatus Status, string Message, Incident? Incident)
{
    /// <summary>The change was made and everyone's cards are being updated.</summary>
    [MemberNotNullWhen(true, nameof(Incident))]
    public bool Succeeded => Status == UseCaseStatus.Succeeded && Incident is not null;

    /// <summary>
    /// The one answer for a number that does not exist AND for an incident the person may not see: the two must be
    /// indistinguishable, so every path that refuses a read uses this text.
    /// </summary>
    public static TriageResult NotFound(long number) =>
        new(UseCaseStatus.NotFound, $"There is no incident {IncidentNumber.Format(Math.Max(1, number))} you can see.", null);
}
