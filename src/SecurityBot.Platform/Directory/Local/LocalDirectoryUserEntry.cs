namespace SecurityBot.Platform.Directory.Local;

/// <summary>A person in the local directory file.</summary>
public sealed class LocalDirectoryUserEntry
{
    /// <summary>Object id; use the aadObjectId Teams (or the Agents Playground) sends for this person.</summary>
    public string Id { get; set; } = "";

    /// <summary>User principal name.</summary>
    public string Upn { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? JobTitle { get; set; }

    public string? Department { get; set; }

    public string? Mail { get; set; }

    /// <summary>False for a disabled account: still known to lookups, but not in an attestation audience. Default true.</summary>
    public bool AccountEnabled { get; set; } = true;

    /// <summary>"Member" (default) or "Guest"; guests are not in an attestation audience.</summary>
    public string UserType { get; set; } = "Member";

    /// <summary>The person's mailbox time zone (IANA id, e.g. "America/Los_Angeles"), as Graph mailboxSettings would give it; optional.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Id of the person's manager; absent for people with no manager.</summary>
    public string? ManagerId { get; set; }
}
