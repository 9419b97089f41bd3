using System.Text.Json;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Files;

/// <summary>
/// A file a person sent the bot in their 1:1 chat, as Teams describes it (an attachment of type
/// "application/vnd.microsoft.teams.file.download.info"): its name, type and the short-lived, pre-authenticated URL to
/// read it from. All of it is the sender's: the name is checked before use and the URL only fetched by <see cref="FileDownloader"/>.
/// </summary>
public sealed record IncomingFile(string Name, string FileType, Uri DownloadUrl, string? UniqueId)
{
    public const string ContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The files among an activity's attachments (other attachments, and malformed ones, are left out).</summary>
    public static IReadOnlyList<IncomingFile> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = new List<IncomingFile>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (!string.Equals(attachment.ContentType, ContentType, StringComparison.OrdinalIgnoreCase) || Read(attachment) is not { } file)
            {
                continue;
            }

            files.Add(file);
        }

        return files;
    }

    /// <summary>Whether the activity carries pictures pasted into the message (not file attachments).</summary>
    public static bool HasInlineImages(Activity activity) =>
        activity?.Attachments?.Any(a => a.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true) == true;

    private static IncomingFile? Read(Attachment attachment)
    {
        var content = attachment.Content switch
        {
            JsonElement element => element,
            null => default,
            var other => JsonSerializer.SerializeToElement(other, BotJson.Options),
        };
        if (content.ValueKind != JsonValueKind.Object
            || !content.TryGetProperty("downloadUrl", out var url) || url.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var downloadUrl))
        {
            return null;
        }

        var fileType = content.TryGetProperty("fileType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() ?? string.Empty : string.Empty;
        var uniqueId = content.TryGetProperty("uniqueId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        return new IncomingFile(attachment.Name ?? string.Empty, fileType, downloadUrl, uniqueId);
    }
}
