namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>The band a likelihood × impact score falls in (see <see cref="RiskScore"/> for the matrix).</summary>
// Public only because xunit theories (public methods) take it as a parameter; nothing outside the tests uses it.
public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
