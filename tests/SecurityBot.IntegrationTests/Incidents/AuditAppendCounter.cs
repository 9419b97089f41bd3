namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>How many audit entries were appended (one per triage attempt); a singleton shared by the host's scopes.</summary>
internal sealed class AuditAppendCounter
{
    public int Appends { get; set; }
}
