using System.Text.Json.Serialization;

namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A task module answer: "continue" (show a card) or "message" (close with text).</summary>
[JsonDerivedType(typeof(TaskModuleContinueResponse))]
[JsonDerivedType(typeof(TaskModuleMessageResponse))]
public abstract class TaskModuleResponseBase : ExtensibleObject
{
    public abstract string Type { get; }
}
