using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// What "Teams" (the fake) accepted, counted per person: the campaign card is the one new message in each audience
/// member's chat, so nobody's chat without one is lost and any chat with two or more is doubled. The owner's
/// chat (progress card) is counted separately.
/// </summary>
internal sealed record FanOutCount(int Lost, int Doubled, int Cards, DateTimeOffset? First, DateTimeOffset? Last, int Throttled, IReadOnlyList<DateTimeOffset> Arrivals)
{
    /// <summary>The fake's own first-to-last window of the campaign cards.</summary>
    public TimeSpan Window => First is { } f && Last is { } l ? l - f : TimeSpan.Zero;

    public static FanOutCount Of(FakeConnectorServer teams, int people)
    {
        var owner = AttestationScene.ConversationOf(AttestationScene.OwnerId);
        var cards = teams.Posted.Where(p => !p.IsUpdate && p.ConversationId != owner).ToList();
        var perPerson = cards.GroupBy(p => p.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var lost = Enumerable.Range(0, people).Count(i => !perPerson.ContainsKey(AttestationScene.ConversationOf(AttestationScene.PersonId(i))));
        var throttled = teams.Requests.Count(r => r.StatusCode == 429);
        return new FanOutCount(lost, perPerson.Values.Count(n => n > 1), cards.Count,
            cards.Count == 0 ? null : cards.Min(p => p.At), cards.Count == 0 ? null : cards.Max(p => p.At), throttled, cards.Select(p => p.At).ToList());
    }

    /// <summary>People who have their card, whoever sent it (for waiting).</summary>
    public static int Reached(FakeConnectorServer teams)
    {
        var owner = AttestationScene.ConversationOf(AttestationScene.OwnerId);
        return teams.Posted.Where(p => !p.IsUpdate && p.ConversationId != owner).Select(p => p.ConversationId).Distinct().Count();
    }
}
