namespace SecurityBot.Incidents.Domain;

/// <summary>What kind of incident an employee reports; each has a key, a title and a base severity (see <see cref="IncidentCategories"/>).</summary>
// Public only because xunit theories (public methods) take it as a parameter; nothing outside the tests uses it.
public enum IncidentCategory
{
    Phishing,
    Malware,
    LostOrStolenDevice,
    AccountCompromise,
    DataBreach,
    Ransomware,
    SocialEngineering,
    Other,
}
