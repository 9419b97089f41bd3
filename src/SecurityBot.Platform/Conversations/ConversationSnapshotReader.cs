using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Conversations;

internal static class ConversationSnapshotReader
{
    private const int MaxIdLength = 400;

    /// <summary>
    /// Null when the activity cannot be used to reach a person later (no AAD object id, e.g. a system event), or
    /// when a value is implausibly long (activity fields are attacker-influenced even after authentication).
    /// </summary>
    public static ConversationSnapshot? Read(Activity activity)
    {
        var aad = activity.From?.AadObjectId;
        var teamsUserId = activity.From?.Id;
        var conversationId = activity.Conversation?.Id;
        var serviceUrl = activity.ServiceUrl;
        var channelId = activity.ChannelId;
        if (string.IsNullOrWhiteSpace(aad) || string.IsNullOrWhiteSpace(teamsUserId) || string.IsNullOrWhiteSpace(conversationId)
            || string.IsNullOrWhiteSpace(serviceUrl) || string.IsNullOrWhiteSpace(channelId))
        {
            return null;
        }

        if (aad.Length > 100 || teamsUserId.Length > 200 || conversationId.Length > MaxIdLength || serviceUrl.Length > 500 || channelId.Length > 50)
        {
            return null;
        }

        return new ConversationSnapshot(
            Bound(activity.TenantId, 100),
            aad,
            teamsUserId,
            conversationId,
            Bound(activity.Conversation?.ConversationType, 50),
            serviceUrl,
            Bound(activity.Recipient?.Id, 200),
            channelId);
    }

    private static string? Bound(string? value, int max) => value is null || value.Length <= max ? value : null;
}
