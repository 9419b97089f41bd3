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

    /// <summary>
    /// The invoke Teams sends by itself when someone opens a card whose refresh lists them: the same adaptiveCard/action
    /// as a press, with the refresh action's verb and data and trigger "automatic".
    /// </summary>
    public string CardRefresh(string verb, object data) =>
        CardAction(verb, data)
            .Replace("\"title\": \"Do it\"", "\"title\": \"Refresh\"", StringComparison.Ordinal)
            .Replace("\"trigger\": \"manual\"", "\"trigger\": \"automatic\"", StringComparison.Ordinal);

    public string ComposeQuery(string commandId, string query) =>
        Load("invoke-composeExtension-query.json")
            .Replace("\"{{commandId}}\"", Json(commandId), StringComparison.Ordinal)
            .Replace("\"{{query}}\"", Json(query), StringComparison.Ordinal);

    /// <summary>A file sent in the 1:1 chat (Teams' file download info attachment), with <paramref name="text"/> typed beside it.</summary>
    public string FileMessage(string name, string downloadUrl, string text = "") =>
        Load("message-personal-file.json")
            .Replace("{{text}}", JsonEncodedText.Encode(text).ToString(), StringComparison.Ordinal)
            .Replace("{{name}}", JsonEncodedText.Encode(name).ToString(), StringComparison.Ordinal)
            .Replace("{{downloadUrl}}", JsonEncodedText.Encode(downloadUrl).ToString(), StringComparison.Ordinal)
            .Replace("{{fileType}}", JsonEncodedText.Encode(Path.GetExtension(name).TrimStart('.')).ToString(), StringComparison.Ordinal);

    /// <summary>
    /// "Report to security" on a group-chat message: composeExtension/fetchTask (no <paramref name="data"/>) or
    /// composeExtension/submitAction (the task module's inputs), with Teams' copy of the message (HTML body) and its
    /// author as the payload claims them.
    /// </summary>
    public string MessageAction(string name, string authorId, string authorName, string authorKind, string htmlContent, object? data = null) =>
        Load("invoke-composeExtension-messageAction.json")
            .Replace("{{name}}", name, StringComparison.Ordinal)
            .Replace("\"{{authorId}}\"", Json(authorId), StringComparison.Ordinal)
            .Replace("\"{{authorName}}\"", Json(authorName), StringComparison.Ordinal)
            .Replace("\"{{authorKind}}\"", Json(authorKind), StringComparison.Ordinal)
            .Replace("\"{{content}}\"", Json(htmlContent), StringComparison.Ordinal)
            .Replace("{{data}}", data is null ? "null" : JsonSerializer.Serialize(data), StringComparison.Ordinal);

    /// <summary>
    /// A press on a file consent card: "accept" with the upload session Teams made in the person's OneDrive (name,
    /// uploadUrl, contentUrl, uniqueId, fileType), or "decline"; <paramref name="context"/> is the card's context.
    /// </summary>
    public string FileConsent(string action, object context, string? uploadUrl = null, string fileName = "file.csv")
    {
        var uploadInfo = uploadUrl is null ? null : new
        {
            name = fileName,
            uploadUrl,
            contentUrl = "https://contoso-my.sharepoint.com/personal/user/Documents/Applications/SecurityBot/" + Uri.EscapeDataString(fileName),
            uniqueId = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
            fileType = Path.GetExtension(fileName).TrimStart('.'),
            etag = "\"{1150D938-8870-4044-9F2C-5BBDEBA70C8C},1\"",
        };
        var value = uploadInfo is null
            ? JsonSerializer.Serialize(new { type = "fileUpload", action, context })
            : JsonSerializer.Serialize(new { type = "fileUpload", action, context, uploadInfo });
        return Load("invoke-fileConsent.json").Replace("{{value}}", value, StringComparison.Ordinal)
            .Replace("f:file-consent-1", "f:file-consent-" + Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

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
