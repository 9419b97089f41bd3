using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>A request with invalid fields; <see cref="Errors"/> lists every one, so the form can show them all at once.</summary>
internal sealed class RiskAcceptanceValidationException : Exception
{
    public RiskAcceptanceValidationException(IReadOnlyList<FieldError> errors)
        : base("The risk acceptance request is not valid: " + string.Join("; ", (errors ?? []).Select(e => e.Message)))
    {
        Errors = errors ?? [];
    }

    public RiskAcceptanceValidationException() : this([])
    {
    }

    public RiskAcceptanceValidationException(string message) : base(message) => Errors = [];

    public RiskAcceptanceValidationException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    public IReadOnlyList<FieldError> Errors { get; }
}
