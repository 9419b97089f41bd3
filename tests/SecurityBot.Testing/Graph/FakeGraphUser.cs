namespace SecurityBot.Testing.Graph;

/// <summary>A user the fake Graph serves.</summary>
public sealed record FakeGraphUser(
    string Id,
    string UserPrincipalName,
    string DisplayName,
    string? JobTitle = null,
    string? Department = null,
    string? ManagerId = null);
