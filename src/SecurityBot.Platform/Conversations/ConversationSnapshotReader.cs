using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Conversations;

internal static class ConversationSnapshotReader
{
    private const int MaxIdLength = 400;

    /// <summary>
    /// Null when the activity cannot be used to reach a person later (no AAD object id, e.g. a system event), or
    /// when a value is implausibly long or holds a control character (activity fields are attacker-influenced even after
    /// authentication; PostgreSQL refuses a NUL in text, which failed the turn — found by the fuzz test).
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

        if (Bound(aad, 100) is null || Bound(teamsUserId, 200) is null || Bound(conversationId, MaxIdLength) is null
            || Bound(serviceUrl, 500) is null || Bound(channelId, 50) is null)
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

    /// <summary>The value when it fits and has no control character; null otherwise (an optional field is then not kept).</summary>
    private static string? Bound(string? value, int max) => value is null || (value.Length <= max && !value.Any(char.IsControl)) ? value : null;
}
