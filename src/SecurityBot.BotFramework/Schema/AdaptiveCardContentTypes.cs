namespace SecurityBot.BotFramework.Schema;

/// <summary>Content types of Adaptive Card attachments and of adaptiveCard/action invoke responses.</summary>
public static class AdaptiveCardContentTypes
{
    public const string Card = "application/vnd.microsoft.card.adaptive";
    public const string Message = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
    public const string LoginRequest = "application/vnd.microsoft.activity.loginRequest";
}
