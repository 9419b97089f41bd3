namespace SecurityBot.Platform.Directory.Graph;

/// <summary>How SecurityBot proves its identity to Microsoft Graph (Directory:Graph:Credential).</summary>
public enum GraphCredentialKind
{
    /// <summary>
    /// Picks from what is configured: a managed identity client id, else a certificate path, else a client secret
    /// (each falling back to the bot's own MicrosoftApp* registration).
    /// </summary>
    Auto,

    ClientSecret,

    Certificate,

    /// <summary>System-assigned, or user-assigned when Directory:Graph:ManagedIdentityClientId is set.</summary>
    ManagedIdentity,
}
