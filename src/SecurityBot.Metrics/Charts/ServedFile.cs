namespace SecurityBot.Metrics.Charts;

/// <summary>A file a signed link serves: its bytes, type, and the download name (null: shown inline).</summary>
internal sealed record ServedFile(byte[] Content, string ContentType, string? DownloadName);
