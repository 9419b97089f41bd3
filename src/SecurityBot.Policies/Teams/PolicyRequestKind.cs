namespace SecurityBot.Policies.Teams;

/// <summary>What someone asked the policy feature for.</summary>
internal enum PolicyRequestKind
{
    /// <summary>"policies", "policy", "policy list": every policy.</summary>
    Library,

    /// <summary>"policy status": the last load report.</summary>
    Status,

    /// <summary>"policy passwords", "policy show passwords": one policy's summary.</summary>
    Show,

    /// <summary>"policy can I use a USB stick": the best sections for a question.</summary>
    Search,
}
