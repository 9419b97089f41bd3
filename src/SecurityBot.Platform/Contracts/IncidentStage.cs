namespace SecurityBot.Platform.Contracts;

/// <summary>Where an incident is in its life, as other capabilities see it.</summary>
public enum IncidentStage
{
    New = 0,
    Acknowledged = 1,
    Investigating = 2,
    Resolved = 3,
    Dismissed = 4,
}
