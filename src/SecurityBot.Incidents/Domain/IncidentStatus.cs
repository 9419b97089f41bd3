namespace SecurityBot.Incidents.Domain;

/// <summary>Lifecycle: New → Acknowledged → Investigating → Resolved, or Dismissed (false positive) from any open state.</summary>
// Public only because xunit theories (public methods) take it as a parameter; nothing outside the tests uses it.
public enum IncidentStatus
{
    New = 0,
    Acknowledged = 1,
    Investigating = 2,
    Resolved = 3,
    Dismissed = 4,
}
