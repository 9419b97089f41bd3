using System.Diagnostics.CodeAnalysis;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// The answer to a report: the incident (new, or the earlier one it was linked to) or, when the input was bad,
/// <see cref="UseCaseStatus.Invalid"/> with an error per field and nothing saved. <see cref="Repeated"/>: the same
/// submission had already been reported, and this one changed nothing.
/// </summary>
internal sealed record ReportIncidentResult(UseCaseStatus Status, Incident? Incident, bool LinkedToExisting, IReadOnlyList<FieldError> Errors, bool Repeated = false)
{
    [MemberNotNullWhen(true, nameof(Incident))]
    public bool Succeeded => Status == UseCaseStatus.Succeeded && Incident is not null;

    public static ReportIncidentResult Reported(Incident incident, bool linkedToExisting, bool repeated = false) =>
        new(UseCaseStatus.Succeeded, incident, linkedToExisting, [], repeated);

    public static ReportIncidentResult Invalid(IReadOnlyList<FieldError> errors) => new(UseCaseStatus.Invalid, null, false, errors);
}
