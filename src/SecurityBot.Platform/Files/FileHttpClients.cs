namespace SecurityBot.Platform.Files;

/// <summary>Names of the HttpClients file offers use (IHttpClientFactory).</summary>
public static class FileHttpClients
{
    /// <summary>The PUT of a file's bytes to the OneDrive upload session Teams hands over on accept. It sends no credentials: the URL is the capability.</summary>
    public const string Upload = "SecurityBot.FileUpload";
}
