namespace SecurityBot.Incidents.Domain;

/// <summary>
/// What <see cref="IncidentIntentDetector"/> understood from free text: the likely category, how sure it is (0–1),
/// whether the person seems to have clicked/opened something, the indicators found, and the phrases that decided it
/// (shown on the pre-filled card so the person can correct it).
/// </summary>
internal sealed record IncidentIntent(
    IncidentCategory Category,
    double Confidence,
    bool Clicked,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<string> Understood)
{
    /// <summary>Confidence from which plain free text is treated as an incident report.</summary>
    public const double ReportThreshold = 0.5;

    public bool LooksLikeIncident => Confidence >= ReportThreshold;
}
