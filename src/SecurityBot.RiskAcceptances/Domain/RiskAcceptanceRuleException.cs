namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>An action the rules refuse (wrong state, wrong person, missing comment); the message says why, for the user.</summary>
internal sealed class RiskAcceptanceRuleException : InvalidOperationException
{
    public RiskAcceptanceRuleException()
    {
    }

    public RiskAcceptanceRuleException(string message) : base(message)
    {
    }

    public RiskAcceptanceRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
