using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// The person behind a turn, taken from the authenticated activity (never from card data). Roles are resolved from
/// the directory with <see cref="AadObjectId"/>; <see cref="TeamsUserId"/> (29:…) is what card refresh.userIds need.
/// </summary>
public sealed record Actor(string AadObjectId, string TeamsUserId, string? Name, string? TenantId)
{
    /// <summary>The actor of an activity; null when the channel did not say who the sender is (no AAD object id).</summary>
    public static Actor? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From;
        if (string.IsNullOrWhiteSpace(from?.AadObjectId) || string.IsNullOrWhiteSpace(from.Id))
        {
            return null;
        }

        return new Actor(from.AadObjectId, from.Id, from.Name, activity.TenantId);
    }
}
