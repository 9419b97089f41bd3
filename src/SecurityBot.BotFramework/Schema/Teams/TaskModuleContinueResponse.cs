namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Shows (or keeps showing) a task module.</summary>
public sealed class TaskModuleContinueResponse : TaskModuleResponseBase
{
    public override string Type => "continue";

    public TaskModuleTaskInfo? Value { get; set; }
}
