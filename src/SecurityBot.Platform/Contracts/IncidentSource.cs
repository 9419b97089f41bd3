namespace SecurityBot.Platform.Contracts;

/// <summary>Where an incident's first report came from.</summary>
public enum IncidentSource
{
    /// <summary>A person filled in the report form or described it in chat.</summary>
    Report = 0,

    /// <summary>A person used "Report to security" on a Teams message (the message is quoted on the incident).</summary>
    TeamsMessage = 1,

    /// <summary>A SIEM or another detection system raised it through the alert bridge.</summary>
    Siem = 2,
}
