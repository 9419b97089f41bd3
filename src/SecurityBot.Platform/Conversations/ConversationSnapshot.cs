namespace SecurityBot.Platform.Conversations;

/// <summary>
/// What one authenticated inbound activity says about where a person can be reached. Value equality makes it the
/// cache fingerprint: an identical snapshot means there is nothing to write.
/// </summary>
public sealed record ConversationSnapshot(
    string? TenantId,
    string UserAadObjectId,
    string TeamsUserId,
    string ConversationId,
    string? ConversationType,
    string ServiceUrl,
    string? BotId,
    string ChannelId);
