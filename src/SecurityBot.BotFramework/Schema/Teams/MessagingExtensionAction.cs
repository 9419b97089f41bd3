using System.Text.Json;

namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>
/// Value of a composeExtension/fetchTask or composeExtension/submitAction invoke: which action command, where it was
/// started ("message" for a message action), the message it was started on and, on submit, the task module's data.
/// </summary>
public class MessagingExtensionAction : ExtensibleObject
{
    public const string MessageContext = "message";

    public string? CommandId { get; set; }

    /// <summary>"message" (a message's "..." menu), "compose" or "commandbox".</summary>
    public string? CommandContext { get; set; }

    /// <summary>The message the action was started on (message context only). Teams' copy: the author is a claim to check.</summary>
    public MessageActionsPayload? MessagePayload { get; set; }

    /// <summary>The submitted task module's inputs (submitAction only).</summary>
    public JsonElement? Data { get; set; }
}
