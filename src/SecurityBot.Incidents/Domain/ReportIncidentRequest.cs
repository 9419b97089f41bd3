using SecurityBot.Platform.Notifications;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A submitted report form: raw field values (validated by the service) and the reporter from the authenticated
/// activity. <paramref name="ConfirmationCard"/>, when the reporter's card is answered in the turn (the invoke
/// response), is recorded as the confirmation copy instead of sending a new message. <paramref name="SubmissionKey"/>
/// names this submission of this form by this person: a second request with the same key is answered with the incident
/// the first one reported, and nothing is stored or sent again. <paramref name="Origin"/> says where it came from (a
/// person's own words when null); a SIEM alert's reporter is the system, which is neither confirmed to nor looked up.
/// </summary>
internal sealed record ReportIncidentRequest(
    IncidentActor Reporter,
    string? Category,
    string? Description,
    string? OccurredOn,
    string? AffectedSystem,
    string? Evidence,
    string? Clicked,
    CardLocation? ConfirmationCard = null,
    string? SubmissionKey = null,
    ReportOrigin? Origin = null);
