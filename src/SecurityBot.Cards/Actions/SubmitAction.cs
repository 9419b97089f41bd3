using System.Text.Json.Nodes;

namespace SecurityBot.Cards;

/// <summary>
/// Action.Submit: in Teams the bot receives a message whose value is <see cref="Data"/> plus the inputs. Prefer
/// <see cref="ExecuteAction"/> for actions on entities; use <see cref="MessageBack"/>/<see cref="ImBack"/> for
/// buttons that send a chat command.
/// </summary>
public sealed class SubmitAction(string title, JsonObject? data = null) : CardAction(title)
{
    public JsonObject? Data { get; set; } = data;

    public AssociatedInputs? AssociatedInputs { get; set; }

    /// <summary>
    /// A button that posts <paramref name="text"/> to the chat as the user and delivers it to the bot as a message
    /// (Teams <c>imBack</c>). In channels the bot only sees it if the bot is mentioned; use
    /// <see cref="MessageBack"/> where the card may be in a channel.
    /// </summary>
    public static SubmitAction ImBack(string title, string text) =>
        new(title, new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } });

    /// <summary>
    /// A button that sends <paramref name="text"/> to the bot as a message (in any conversation, channels included)
    /// and shows <paramref name="displayText"/> (default: the text) in the chat as the user's message (Teams <c>messageBack</c>).
    /// </summary>
    public static SubmitAction MessageBack(string title, string text, string? displayText = null) =>
        new(title, new JsonObject
        {
            ["msteams"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["text"] = text,
                ["displayText"] = displayText ?? text,
            },
        });
}
