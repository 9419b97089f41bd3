namespace SecurityBot.Platform.Directory;

/// <summary>A person in the organisation's directory (Microsoft Entra ID or the local demo file).</summary>
/// <param name="Id">The Entra object id (aadObjectId); the key every role check and routing decision uses.</param>
/// <param name="UserPrincipalName">Sign-in name, e.g. priya.raman@contoso.com.</param>
/// <param name="DisplayName">Name shown on cards.</param>
/// <param name="JobTitle">Job title, when the directory has one.</param>
/// <param name="Department">Department, when the directory has one.</param>
/// <param name="Mail">Primary SMTP address, when the user has a mailbox.</param>
public sealed record DirectoryUser(
    string Id,
    string UserPrincipalName,
    string DisplayName,
    string? JobTitle,
    string? Department,
    string? Mail);
