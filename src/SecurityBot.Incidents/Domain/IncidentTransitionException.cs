namespace SecurityBot.Incidents.Domain;

/// <summary>An incident refused a change (wrong state); the message says why in words a responder understands.</summary>
internal sealed class IncidentTransitionException : InvalidOperationException
{
    public IncidentTransitionException()
    {
    }

    public IncidentTransitionException(string message) : base(message)
    {
    }

    public IncidentTransitionException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
