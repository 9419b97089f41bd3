using SecurityBot.BotFramework.Builder;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// An Action.Execute press (adaptiveCard/action invoke). <see cref="Data"/> is the action's data merged with the
/// card's input values as Teams sends it — untrusted: it may name an entity and a version, never who may act.
/// <see cref="Trigger"/> is "manual" for a press and "automatic" for a refresh.
/// </summary>
public sealed record CardActionContext(ITurnContext Turn, Actor Actor, string Verb, CardActionData Data, string? Trigger)
{
    public bool IsRefresh => string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message the pressed card is, as the presser's copy; null when the activity does not say.</summary>
    public CardLocation? PressedCard => CardLocation.PressedIn(Turn.Activity, Actor.AadObjectId);
}
