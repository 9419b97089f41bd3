using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// The edits of the owner's progress card the fake accepted in a period: the most in any 1 s, 2 s and 30 s window
/// (Teams allows 7, 8 and 60 per conversation), the 429s the fake answered for that chat, and the last card's text.
/// </summary>
internal sealed record ProgressUpdateCount(int Updates, int MaxPerSecond, int MaxPer2Seconds, int MaxPer30Seconds, int Throttled, string? LastBody)
{
    public static ProgressUpdateCount Of(FakeConnectorServer teams, DateTimeOffset from)
    {
        var owner = AttestationScene.ConversationOf(AttestationScene.OwnerId);
        var updates = teams.Posted.Where(p => p.IsUpdate && p.ConversationId == owner && p.At >= from).OrderBy(p => p.At).ToList();
        var times = updates.Select(p => p.At).ToList();
        var throttled = teams.Requests.Count(r => r.ConversationId == owner && r.StatusCode == 429 && r.ReceivedAt >= from);
        return new ProgressUpdateCount(updates.Count, MaxIn(times, TimeSpan.FromSeconds(1)), MaxIn(times, TimeSpan.FromSeconds(2)),
            MaxIn(times, TimeSpan.FromSeconds(30)), throttled, updates.LastOrDefault()?.Body);
    }

    /// <summary>The most timestamps in any window of <paramref name="length"/> that starts at one of them.</summary>
    private static int MaxIn(List<DateTimeOffset> sorted, TimeSpan length)
    {
        var most = 0;
        var start = 0;
        for (var end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= length)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}
