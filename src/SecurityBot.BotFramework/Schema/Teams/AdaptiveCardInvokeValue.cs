namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Value of an adaptiveCard/action invoke.</summary>
public class AdaptiveCardInvokeValue : ExtensibleObject
{
    public AdaptiveCardInvokeAction? Action { get; set; }

    public string? Trigger { get; set; }
}
