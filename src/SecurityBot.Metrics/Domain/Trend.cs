namespace SecurityBot.Metrics.Domain;

/// <summary>A count in the period and in the previous period of the same length, and how it moved.</summary>
internal readonly record struct Trend(int Current, int Previous)
{
    public int Change => Current - Previous;

    /// <summary>"▲ 3", "▼ 2" or "= 0": the arrow and the size of the change.</summary>
    public string Arrow => Change switch
    {
        > 0 => $"▲ {Change}",
        < 0 => $"▼ {-Change}",
        _ => "= 0",
    };
}
