namespace SecurityBot.Incidents.Domain;

/// <summary>Who a copy of an incident card is for; decides what it shows and whether it has triage buttons.</summary>
internal enum IncidentCardAudience
{
    /// <summary>A person who reported it: confirmation with number and live status.</summary>
    Reporter,

    /// <summary>Someone who may triage (security team, incident responders, security lead, CSO): the buttons.</summary>
    Responder,

    /// <summary>Anyone else told about it (the reporter's manager, a channel): read-only.</summary>
    Observer,
}
