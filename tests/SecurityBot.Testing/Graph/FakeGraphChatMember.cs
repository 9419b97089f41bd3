namespace SecurityBot.Testing.Graph;

/// <summary>
/// A person in a fake chat: the user id taken from the request's user@odata.bind, the roles it asked for, and the
/// bind URL exactly as sent (so tests can check it names the configured Graph host).
/// </summary>
public sealed record FakeGraphChatMember(string UserId, IReadOnlyList<string> Roles, string UserBind);
