using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Integrations.Domain;

/// <summary>
/// The "Integrations:Alerts" section: the systems allowed to POST /api/alerts and how each authenticates. Validated at
/// start (<see cref="AlertOptionsValidator"/>). No source configured: every alert is refused.
/// </summary>
internal sealed class AlertOptions
{
    public const string SectionName = "Integrations:Alerts";

    /// <summary>Integrations:Alerts:MaxBodyBytes — larger bodies get 413 before anything else is looked at.</summary>
    [Range(1_024, 1_048_576)]
    public int MaxBodyBytes { get; set; } = 65_536;

    /// <summary>Integrations:Alerts:TimestampToleranceSeconds — how far an HMAC request's timestamp may be from our clock, either way.</summary>
    [Range(30, 900)]
    public int TimestampToleranceSeconds { get; set; } = 300;

    /// <summary>Integrations:Alerts:Entra — the token issuer and audience for Entra sources.</summary>
    [Required]
    public AlertEntraOptions Entra { get; set; } = new();

    /// <summary>Integrations:Alerts:Sources — the sending systems by name (lower-case letters, digits, '-').</summary>
    public IDictionary<string, AlertSourceOptions> Sources { get; set; } =
        new Dictionary<string, AlertSourceOptions>(StringComparer.OrdinalIgnoreCase);
}
