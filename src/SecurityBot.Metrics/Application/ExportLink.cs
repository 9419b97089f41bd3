namespace SecurityBot.Metrics.Application;

/// <summary>One file of the board export: what it is called and the expiring link that downloads it.</summary>
internal sealed record ExportLink(string FileName, string Url, string ContentType, int Bytes);
