namespace SecurityBot.BotFramework.Schema;

/// <summary>A file or card attached to an activity; Content is the card JSON (a JsonElement when received).</summary>
public class Attachment : ExtensibleObject
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }
}
