namespace SecurityBot.Metrics.Charts;

/// <summary>One cell of the 5×5 risk heat map: how many open acceptances sit at this likelihood and impact.</summary>
internal sealed record HeatCell(int Likelihood, int Impact, int Count)
{
    public int Score => Likelihood * Impact;

    /// <summary>The score band the register uses: Low 1–3, Medium 4–6, High 8–12, Critical 15–25.</summary>
    public string Band => Score switch
    {
        <= 3 => "Low",
        <= 6 => "Medium",
        <= 12 => "High",
        _ => "Critical",
    };
}
