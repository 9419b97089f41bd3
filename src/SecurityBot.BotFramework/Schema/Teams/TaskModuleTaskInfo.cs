namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A task module: its title, size ("small", "medium", "large" or pixels) and the Adaptive Card it shows.</summary>
public sealed class TaskModuleTaskInfo : ExtensibleObject
{
    public string? Title { get; set; }

    public string? Height { get; set; }

    public string? Width { get; set; }

    public Attachment? Card { get; set; }
}
