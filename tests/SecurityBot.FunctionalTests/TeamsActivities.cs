using System.Text.Json;

namespace SecurityBot.FunctionalTests;

/// <summary>
/// Real Teams activity JSON (captured shapes, in Activities/) with the test's serviceUrl, tenant and bot id filled in.
/// </summary>
public sealed class TeamsActivities(string serviceUrl, string tenantId = TeamsActivities.DefaultTenantId, string botId = TeamsActivities.DefaultBotId)
{
    public const string DefaultTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string DefaultBotId = "00000000-0000-0000-0000-00000000b07e";

    private static long _messageIds = 1_732_400_000_000;

    public string ServiceUrl => serviceUrl;

    public string Message(string text) => Load("message-personal.json").Replace("\"text\": \"help\"", "\"text\": " + Json(text), StringComparison.Ordinal);

    public string ChannelMessage() => Load("message-channel-mention.json");

    /// <summary>"@SecurityBot <paramref name="text"/>" in a team's channel; each call is a new message (its own activity id).</summary>
    public string ChannelMessage(string text) => Mentioning(Load("message-channel-mention.json"), "1732358700000", text);

    /// <summary>"@SecurityBot <paramref name="text"/>" in a group chat; each call is a new message (its own activity id).</summary>
    public string GroupChatMessage(string text) => Mentioning(Load("message-groupChat-mention.json"), "1732358760000", text);

    public string InstallationAdd() => Load("installationUpdate-add-personal.json");

    public string BotAddedPersonal() => Load("conversationUpdate-bot-added-personal.json");

    public string CardAction(string verb, object data) =>
        Load("invoke-adaptiveCard-action.json")
            .Replace("\"{{verb}}\"", Json(verb), StringComparison.Ordinal)
            .Replace("{{data}}", JsonSerializer.Serialize(data), StringComparison.Ordinal);

    public string ComposeQuery(string commandId, string query) =>
        Load("invoke-composeExtension-query.json")
            .Replace("\"{{commandId}}\"", Json(commandId), StringComparison.Ordinal)
            .Replace("\"{{query}}\"", Json(query), StringComparison.Ordinal);

    private static string Mentioning(string template, string templateId, string text) =>
        template
            .Replace("\"text\": \"<at>SecurityBot</at> help\"", "\"text\": " + Json("<at>SecurityBot</at> " + text), StringComparison.Ordinal)
            .Replace(templateId, Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string Load(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Activities", name))
            .Replace("\"{{serviceUrl}}\"", Json(serviceUrl), StringComparison.Ordinal)
            .Replace("{{tenantId}}", tenantId, StringComparison.Ordinal)
            .Replace("{{botId}}", botId, StringComparison.Ordinal);

    private static string Json(string value) => JsonSerializer.Serialize(value);
}
