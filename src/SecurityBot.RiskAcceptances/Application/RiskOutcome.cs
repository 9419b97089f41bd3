namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// The result of an action: the risk acceptance as it now is (when there is one), a message for the person who
/// acted, per-field errors for a form, and whether that person may decide the current stage (buttons on their card).
/// </summary>
internal sealed record RiskOutcome(
    RiskOutcomeKind Kind,
    RiskAcceptance? Risk,
    string Message,
    IReadOnlyList<RiskFieldError> Errors,
    bool ActorMayDecide)
{
    public bool Succeeded => Kind == RiskOutcomeKind.Done;

    public static RiskOutcome Done(RiskAcceptance risk, string message, bool actorMayDecide = false) => new(RiskOutcomeKind.Done, risk, message, [], actorMayDecide);

    /// <summary>
    /// The one answer for a number that does not exist AND for a request the person may not see: it names no number
    /// and no person, so the two cannot be told apart.
    /// </summary>
    public const string NotFoundMessage = "There is no risk acceptance with that number that you can see.";

    public static RiskOutcome NotFound() => new(RiskOutcomeKind.NotFound, null, NotFoundMessage, [], false);

    public static RiskOutcome Invalid(RiskAcceptance? risk, string message, IReadOnlyList<RiskFieldError>? errors = null) =>
        new(RiskOutcomeKind.Invalid, risk, message, errors ?? [], false);
}
