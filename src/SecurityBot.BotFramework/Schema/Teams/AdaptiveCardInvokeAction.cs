namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The Action.Execute a user pressed: its verb and data.</summary>
public class AdaptiveCardInvokeAction : ExtensibleObject
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public object? Data { get; set; }
}
