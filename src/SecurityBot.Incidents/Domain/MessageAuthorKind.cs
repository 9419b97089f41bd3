namespace SecurityBot.Incidents.Domain;

/// <summary>Who wrote a reported Teams message, as the directory (not the message payload) says.</summary>
internal enum MessageAuthorKind
{
    /// <summary>A member of our organisation, found in the directory.</summary>
    Member = 0,

    /// <summary>A guest account in our directory (B2B).</summary>
    Guest = 1,

    /// <summary>Someone from another organisation (federated chat) or an anonymous guest: not in our directory.</summary>
    External = 2,

    /// <summary>An app or bot posted it.</summary>
    App = 3,
}
