namespace SecurityBot.BotFramework.Connector;

/// <summary>What a failed connector call means for whoever sends it (see <see cref="ConnectorException.Classify"/>).</summary>
public enum ConnectorFailureKind
{
    /// <summary>Teams says the bot can no longer reach this person or conversation (blocked, disabled, uninstalled): do not retry.</summary>
    RecipientUnreachable,

    /// <summary>Worth trying again later with backoff (throttling, a precondition race, server trouble, an unexplained 403).</summary>
    Transient,

    /// <summary>Retrying the same call cannot help (bad request, not found, unauthorized after a fresh token).</summary>
    Permanent,
}
