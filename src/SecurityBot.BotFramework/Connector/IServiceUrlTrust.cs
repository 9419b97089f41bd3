namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The set of connector service URLs the bot may send a token to: the Bot Framework's own hosts, those configured in
/// Bot:TrustedServiceUrls and, in Development only, those that arrived on an authenticated activity (recorded by
/// <see cref="Trust"/>). See <see cref="ServiceUrlTrust"/>.
/// </summary>
public interface IServiceUrlTrust
{
    bool IsTrusted(string url);

    bool IsTrusted(ServiceUrl url);

    void Trust(string url);
}
