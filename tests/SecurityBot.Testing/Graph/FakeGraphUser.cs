namespace SecurityBot.Testing.Graph;

/// <summary>A user the fake Graph serves; <paramref name="UserType"/> is "Member" or "Guest", as in Entra.</summary>
public sealed record FakeGraphUser(
    string Id,
    string UserPrincipalName,
    string DisplayName,
    string? JobTitle = null,
    string? Department = null,
    string? ManagerId = null,
    bool AccountEnabled = true,
    string UserType = "Member",
    string? MailboxTimeZone = null);
