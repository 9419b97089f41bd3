using System.Security.Claims;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.BotFramework.Builder;

/// <summary>One inbound activity being processed, and the ways to answer it.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (already authenticated).</summary>
    Activity Activity { get; }

    /// <summary>The validated caller (the channel's claims); null only when authentication is off in Development.</summary>
    ClaimsIdentity? Identity { get; }

    /// <summary>True once something was sent in reply (or an invoke response was set).</summary>
    bool Responded { get; }

    /// <summary>Per-turn state shared by middleware and handlers.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>Sends a message into the turn's conversation as a reply to the inbound activity; an activity of type invokeResponse sets the HTTP response instead.</summary>
    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
