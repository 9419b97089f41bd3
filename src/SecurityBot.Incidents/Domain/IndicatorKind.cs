namespace SecurityBot.Incidents.Domain;

/// <summary>Kinds of indicator of compromise pulled out of a report.</summary>
// Public only because xunit theories (public methods) take it as a parameter; nothing outside the tests uses it.
public enum IndicatorKind
{
    Url = 0,
    Domain = 1,
    IpAddress = 2,
    Email = 3,
    Sha256 = 4,
    Sha1 = 5,
    Md5 = 6,
}
