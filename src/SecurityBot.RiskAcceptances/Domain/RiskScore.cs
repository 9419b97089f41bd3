namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// Likelihood × impact on the 5×5 matrix. The bands (by product) are:
/// <list type="bullet">
/// <item>Low: 1–3 (rare and minor)</item>
/// <item>Medium: 4–6</item>
/// <item>High: 8–12</item>
/// <item>Critical: 15–25 (likely and severe)</item>
/// </list>
/// Products 7, 11, 13 and 14 cannot occur on a 5×5 matrix. The matrix is symmetric: a likely minor risk scores
/// the same as a rare severe one, which is the convention of ISO 27005-style registers.
/// </summary>
internal readonly record struct RiskScore
{
    public const int Min = 1;
    public const int Max = 5;

    public RiskScore(int likelihood, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, Max);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, Max);
        Likelihood = likelihood;
        Impact = impact;
    }

    /// <summary>1 (rare) to 5 (almost certain).</summary>
    public int Likelihood { get; }

    /// <summary>1 (negligible) to 5 (severe).</summary>
    public int Impact { get; }

    /// <summary>The product, 1 to 25.</summary>
    public int Value => Likelihood * Impact;

    public RiskLevel Level => LevelOf(Value);

    /// <summary>The band of a product; the single place the matrix is defined.</summary>
    public static RiskLevel LevelOf(int value) => value switch
    {
        < 1 or > 25 => throw new ArgumentOutOfRangeException(nameof(value), value, "A 5×5 score is 1 to 25."),
        <= 3 => RiskLevel.Low,
        <= 6 => RiskLevel.Medium,
        <= 12 => RiskLevel.High,
        _ => RiskLevel.Critical,
    };

    public override string ToString() => $"{Value} ({Level}: likelihood {Likelihood} × impact {Impact})";
}
