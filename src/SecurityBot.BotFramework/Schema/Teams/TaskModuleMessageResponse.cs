namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Closes the task module and shows the text.</summary>
public sealed class TaskModuleMessageResponse : TaskModuleResponseBase
{
    public override string Type => "message";

    public string? Value { get; set; }
}
