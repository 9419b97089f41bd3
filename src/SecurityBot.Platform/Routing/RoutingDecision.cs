namespace SecurityBot.Platform.Routing;

/// <summary>
/// Who an event goes to. <see cref="UsedFallback"/> is set, and <see cref="Notes"/> says why, whenever a role
/// resolved to nobody and the decision went further up the chain instead.
/// </summary>
/// <param name="Recipients">People to notify, deduplicated, in order of relevance.</param>
/// <param name="Notes">Human-readable explanation of every fallback or exclusion that shaped the decision.</param>
/// <param name="UsedFallback">True when at least one role resolved to nobody and a fallback was used.</param>
/// <param name="ChannelConversationId">The security channel to post to as well (Routing:SecurityTeamChannelId), if any.</param>
public sealed record RoutingDecision(
    IReadOnlyList<Recipient> Recipients,
    IReadOnlyList<string> Notes,
    bool UsedFallback,
    string? ChannelConversationId)
{
    /// <summary>Whether anybody at all will be told; false means the event needs operator attention.</summary>
    public bool HasRecipients => Recipients.Count > 0 || ChannelConversationId is not null;
}
