using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Routing;

/// <summary>
/// Accumulates a routing decision: one entry per person (reasons merged), excluded people never added, notes kept
/// in the order the rules produced them.
/// </summary>
internal sealed class RecipientListBuilder(IEnumerable<string> excludedIds)
{
    private readonly HashSet<string> _excluded = new(excludedIds, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _indexById = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Recipient> _recipients = [];
    private readonly List<string> _notes = [];
    private bool _usedFallback;

    /// <summary>Adds the people who are not excluded; returns how many of them are (now or already) recipients.</summary>
    public int Add(IEnumerable<DirectoryUser> users, string reason)
    {
        var eligible = 0;
        foreach (var user in users)
        {
            if (_excluded.Contains(user.Id))
            {
                continue;
            }

            eligible++;
            if (_indexById.TryGetValue(user.Id, out var index))
            {
                var existing = _recipients[index];
                _recipients[index] = existing with { Reason = existing.Reason + "; " + reason };
            }
            else
            {
                _indexById[user.Id] = _recipients.Count;
                _recipients.Add(new Recipient(user, reason));
            }
        }

        return eligible;
    }

    public int Add(DirectoryUser? user, string reason) => user is null ? 0 : Add([user], reason);

    public bool IsExcluded(string userId) => _excluded.Contains(userId);

    public void Note(string note) => _notes.Add(note);

    public void Fallback(string note)
    {
        _usedFallback = true;
        _notes.Add(note);
    }

    public RoutingDecision Build(string? channelConversationId = null) =>
        new(_recipients.ToArray(), _notes.ToArray(), _usedFallback, channelConversationId);
}
