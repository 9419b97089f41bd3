namespace SecurityBot.Testing.Graph;

/// <summary>A chat as the fake Graph holds it at one moment (a snapshot: later changes make a new one).</summary>
public sealed record FakeGraphChat(
    string Id,
    string? Topic,
    string ChatType,
    IReadOnlyList<FakeGraphChatMember> Members,
    IReadOnlyList<string> InstalledAppIds)
{
    public IEnumerable<string> MemberIds => Members.Select(m => m.UserId);

    public bool HasMember(string userId) => Members.Any(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));
}
