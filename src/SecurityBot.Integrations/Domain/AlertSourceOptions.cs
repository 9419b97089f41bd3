namespace SecurityBot.Integrations.Domain;

/// <summary>One sending system: "Integrations:Alerts:Sources:&lt;name&gt;" (the name is stored on its incidents as the source system).</summary>
internal sealed class AlertSourceOptions
{
    /// <summary>…:Auth — Hmac or Entra.</summary>
    public AlertAuthKind Auth { get; set; } = AlertAuthKind.Hmac;

    /// <summary>…:Secret — the HMAC key (Auth Hmac; at least 32 characters); keep it in a secret store.</summary>
    public string? Secret { get; set; }

    /// <summary>…:AllowedAppIds — client app ids (the token's azp or appid claim) allowed to send as this source (Auth Entra).</summary>
    public IList<string> AllowedAppIds { get; set; } = [];

    /// <summary>
    /// …:SeverityMap — the sender's severity words to ours (Low, Medium, High, Critical), on top of the defaults
    /// informational→Low, low→Low, medium→Medium, high→High, critical→Critical. Case is ignored.
    /// </summary>
    public IDictionary<string, IncidentSeverity> SeverityMap { get; set; } = new Dictionary<string, IncidentSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Our severity for the sender's word, or null when neither this source's map nor the defaults know it.</summary>
    public IncidentSeverity? MapSeverity(string word)
    {
        foreach (var (key, value) in SeverityMap)
        {
            if (string.Equals(key, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return word.ToUpperInvariant() switch
        {
            "INFORMATIONAL" or "LOW" => IncidentSeverity.Low,
            "MEDIUM" => IncidentSeverity.Medium,
            "HIGH" => IncidentSeverity.High,
            "CRITICAL" => IncidentSeverity.Critical,
            _ => null,
        };
    }
}
