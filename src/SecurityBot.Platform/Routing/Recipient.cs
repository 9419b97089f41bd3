using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Routing;

/// <summary>A person a notification or approval goes to, and why (shown to admins and in the audit trail).</summary>
public sealed record Recipient(DirectoryUser User, string Reason);
