namespace SecurityBot.Incidents.Application;

/// <summary>
/// The people who may triage, resolved once per operation: their object ids (to pick each card copy's audience)
/// and the Teams user ids known for them (a card's refresh.userIds, at most 60).
/// </summary>
internal sealed record ResponderSet(IReadOnlySet<string> AadObjectIds, IReadOnlyList<string> TeamsUserIds)
{
    public bool Contains(string? aadObjectId) => aadObjectId is not null && AadObjectIds.Contains(aadObjectId);

    /// <summary>A reporter always sees their confirmation; responders the buttons; everyone else (and channels) read-only.</summary>
    public IncidentCardAudience AudienceOf(Incident incident, string? aadObjectId)
    {
        if (aadObjectId is not null && incident.IsReporter(aadObjectId))
        {
            return IncidentCardAudience.Reporter;
        }

        return Contains(aadObjectId) ? IncidentCardAudience.Responder : IncidentCardAudience.Observer;
    }
}
