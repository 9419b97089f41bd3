namespace SecurityBot.Platform.Files;

/// <summary>Names of the HttpClients file offers use (IHttpClientFactory).</summary>
public static class FileHttpClients
{
    /// <summary>The PUT of a file's bytes to the OneDrive upload session Teams hands over on accept. It sends no credentials: the URL is the capability.</summary>
    public const string Upload = "SecurityBot.FileUpload";

    /// <summary>The GET of a file a person sent the bot, from the pre-authenticated URL Teams gives. No credentials, no redirects.</summary>
    public const string Download = "SecurityBot.FileDownload";
}
