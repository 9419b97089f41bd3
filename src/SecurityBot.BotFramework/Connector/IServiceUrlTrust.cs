namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The set of connector service URLs the bot may send a token to: those that arrived on an authenticated activity
/// (recorded by <see cref="Trust"/>) and those configured in Bot:TrustedServiceUrls.
/// </summary>
public interface IServiceUrlTrust
{
    bool IsTrusted(string url);

    void Trust(string url);
}
