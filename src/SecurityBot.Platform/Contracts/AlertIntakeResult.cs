using System.Diagnostics.CodeAnalysis;
using SecurityBot.Platform.Results;

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// The answer to <see cref="IIncidentIntake.RaiseAlertAsync"/>: the incident's display number, and whether an earlier
/// call with the same external id had already raised it; or <see cref="UseCaseStatus.Invalid"/> with an error per bad
/// field and nothing stored.
/// </summary>
public sealed record AlertIntakeResult(UseCaseStatus Status, string? IncidentNumber, bool AlreadyRaised, IReadOnlyList<FieldError> Errors)
{
    [MemberNotNullWhen(true, nameof(IncidentNumber))]
    public bool Succeeded => Status == UseCaseStatus.Succeeded && IncidentNumber is not null;

    public static AlertIntakeResult Raised(string incidentNumber, bool alreadyRaised) => new(UseCaseStatus.Succeeded, incidentNumber, alreadyRaised, []);

    public static AlertIntakeResult Invalid(IReadOnlyList<FieldError> errors) => new(UseCaseStatus.Invalid, null, false, errors);
}
