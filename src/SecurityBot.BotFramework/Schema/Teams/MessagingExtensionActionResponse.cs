namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Body of a fetchTask/submitAction invoke response: a task module to show (continue) or a message to close with.</summary>
public class MessagingExtensionActionResponse : ExtensibleObject
{
    public TaskModuleResponseBase? Task { get; set; }

    /// <summary>Shows <paramref name="card"/> (an Adaptive Card) in a task module.</summary>
    public static MessagingExtensionActionResponse Continue(string title, object card, string height = "large", string width = "medium") => new()
    {
        Task = new TaskModuleContinueResponse
        {
            Value = new TaskModuleTaskInfo
            {
                Title = title,
                Height = height,
                Width = width,
                Card = new Attachment { ContentType = AdaptiveCardContentTypes.Card, Content = card },
            },
        },
    };

    /// <summary>Closes the task module with a short message to the person.</summary>
    public static MessagingExtensionActionResponse Message(string text) => new() { Task = new TaskModuleMessageResponse { Value = text } };
}
