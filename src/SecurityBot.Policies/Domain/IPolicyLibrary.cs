namespace SecurityBot.Policies.Domain;

/// <summary>The current set of policies. Implementations swap the whole set atomically on reload.</summary>
internal interface IPolicyLibrary
{
    IReadOnlyList<Policy> Policies { get; }

    /// <summary>Outcome of the latest load: how many policies loaded and which files were skipped, with reasons.</summary>
    PolicyLoadReport LoadReport { get; }

    /// <summary>
    /// Finds a policy by id ("passwords"), or failing that by a name people use ("password", "Passwords and MFA",
    /// a tag). Null when nothing is a confident match.
    /// </summary>
    Policy? Find(string idOrName);
}
