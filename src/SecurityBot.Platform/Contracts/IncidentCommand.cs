namespace SecurityBot.Platform.Contracts;

/// <summary>What another capability (a crisis room's chat) may ask the incidents capability to do.</summary>
public enum IncidentCommand
{
    /// <summary>Adds <see cref="IncidentActionRequest.Text"/> as a note to the timeline.</summary>
    AddNote = 0,

    /// <summary>Assigns the incident to <see cref="IncidentActionRequest.AssigneeId"/> (who must be able to triage).</summary>
    Assign = 1,

    /// <summary>Sets the severity to <see cref="IncidentActionRequest.Severity"/>.</summary>
    ChangeSeverity = 2,

    /// <summary>Acknowledges the incident.</summary>
    Acknowledge = 3,

    /// <summary>Resolves the incident with <see cref="IncidentActionRequest.Text"/> as the resolution note.</summary>
    Resolve = 4,
}
