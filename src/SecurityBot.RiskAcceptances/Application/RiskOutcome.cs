using System.Diagnostics.CodeAnalysis;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// The result of an action: how it ended, the risk acceptance as it now is (when the person may see it), a message
/// for the person who acted, per-field errors for a form, and whether that person may decide the current stage
/// (buttons on their card).
/// </summary>
internal sealed record RiskOutcome(
    UseCaseStatus Status,
    RiskAcceptance? Risk,
    string Message,
    IReadOnlyList<FieldError> Errors,
    bool ActorMayDecide)
{
    /// <summary>Names the message for a card in another language ("Submitted"); null when only the English message exists.</summary>
    public string? Code { get; init; }

    /// <summary>What the translated message quotes, in order (see <see cref="Code"/>).</summary>
    public IReadOnlyList<object>? Arguments { get; init; }

    [MemberNotNullWhen(true, nameof(Risk))]
    public bool Succeeded => Status == UseCaseStatus.Succeeded && Risk is not null;

    public static RiskOutcome Done(RiskAcceptance risk, string message, bool actorMayDecide = false) => new(UseCaseStatus.Succeeded, risk, message, [], actorMayDecide);

    /// <summary>
    /// The one answer for a number that does not exist AND for a request the person may not see: it names no number
    /// and no person, so the two cannot be told apart.
    /// </summary>
    public const string NotFoundMessage = "There is no risk acceptance with that number that you can see.";

    public static RiskOutcome NotFound() => new(UseCaseStatus.NotFound, null, NotFoundMessage, [], false);

    public static RiskOutcome Forbidden(RiskAcceptance risk, string message) => new(UseCaseStatus.Forbidden, risk, message, [], false);

    public static RiskOutcome Invalid(RiskAcceptance? risk, string message, IReadOnlyList<FieldError>? errors = null) =>
        new(UseCaseStatus.Invalid, risk, message, errors ?? [], false);
}
