namespace SecurityBot.Platform.Files;

/// <summary>What reading a sent file gave: its bytes, or why not (said to the person in their words).</summary>
public sealed record FileDownloadResult(byte[]? Content, string? Problem)
{
    public static FileDownloadResult Read(byte[] content) => new(content, null);

    public static FileDownloadResult Refused(string problem) => new(null, problem);
}
