namespace SecurityBot.Core.Incidents;

/// <summary>
/// A submitted report form: raw field values (validated by the service) and the reporter from the authenticated
/// activity. <paramref name="ConfirmationCard"/>, when the reporter's card is answered in the turn (the invoke
/// response), is recorded as the confirmation copy instead of sending a new message.
/// </summary>
public sealed record ReportIncidentRequest(
    IncidentActor Reporter,
    string? Category,
    string? Description,
    string? OccurredOn,
    string? AffectedSystem,
    string? Evidence,
    string? Clicked,
    CardLocation? ConfirmationCard = null);
