using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Crisis.Teams;

/// <summary>
/// Who "assign …" names: a mention (Teams gives the person's object id, or at least their name, which is matched
/// against the room's people), else a sign-in name or e-mail looked up in the directory, else a room member's name.
/// Never trusted for authorization: the incidents capability checks the assignee may triage.
/// </summary>
internal sealed class AssigneeLookup(IDirectory directory)
{
    public async Task<(string Id, string Name)?> FindAsync(Activity activity, CrisisRoom room, string arguments, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Mentioned is not { } person || person.Id == botId)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(person.AadObjectId) && await directory.GetUserAsync(person.AadObjectId, cancellationToken) is { } user)
            {
                return (user.Id, user.DisplayName);
            }

            if (ByName(room, person.Name) is { } member)
            {
                return member;
            }
        }

        var text = StripTags(arguments).Trim();
        if (text.Length is 0 or > 320)
        {
            return null;
        }

        if (text.Contains('@', StringComparison.Ordinal) && await directory.GetUserAsync(text, cancellationToken) is { } byUpn)
        {
            return (byUpn.Id, byUpn.DisplayName);
        }

        return ByName(room, text);
    }

    private static (string Id, string Name)? ByName(CrisisRoom room, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var matches = room.Members.Where(m => string.Equals(m.DisplayName, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? (matches[0].UserId, matches[0].DisplayName) : null;
    }

    private static string StripTags(string text) => text.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase)
        .Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase);
}
