namespace SecurityBot.Testing.FakeConnector;

/// <summary>
/// The fake's own (deliberately independent) implementation of the Teams limits: per conversation 7/1 s, 8/2 s,
/// 60/30 s and 50/1 s for the whole app, counted on arrival like the service does.
/// </summary>
internal sealed class TeamsRateLimitCheck
{
    private static readonly (int Limit, TimeSpan Window)[] PerConversation =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private static readonly (int Limit, TimeSpan Window)[] Global = [(50, TimeSpan.FromSeconds(1))];

    private readonly Dictionary<string, List<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> _global = [];

    /// <summary>True and counted when the request fits; false (not counted) when Teams would answer 429.</summary>
    public bool TryAdmit(string conversationId, DateTimeOffset now)
    {
        if (!_conversations.TryGetValue(conversationId, out var log))
        {
            log = [];
            _conversations[conversationId] = log;
        }

        if (Exceeds(log, PerConversation, now) || Exceeds(_global, Global, now))
        {
            return false;
        }

        log.Add(now);
        _global.Add(now);
        return true;
    }

    private static bool Exceeds(List<DateTimeOffset> log, (int Limit, TimeSpan Window)[] windows, DateTimeOffset now)
    {
        log.RemoveAll(t => t <= now - TimeSpan.FromSeconds(30));
        return windows.Any(w => log.Count(t => t > now - w.Window) >= w.Limit);
    }
}
