namespace SecurityBot.Incidents.Domain;

/// <summary>
/// The answer to a report: the incident (new, or the earlier one it was linked to) or, when the input was bad, an
/// error per field and nothing saved.
/// </summary>
internal sealed record ReportIncidentResult(Incident? Incident, bool LinkedToExisting, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Incident is not null;
}
