namespace SecurityBot.Metrics.Teams;

/// <summary>What <see cref="MetricsAccess"/> lets someone see.</summary>
internal enum MetricsAudience
{
    /// <summary>Nothing: the command is refused before anything is computed.</summary>
    None,

    /// <summary>The organisation's figures: security team, security lead, CSO, risk approvers.</summary>
    Organisation,
}
