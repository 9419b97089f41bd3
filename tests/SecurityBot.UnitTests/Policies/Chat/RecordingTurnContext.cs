using System.Security.Claims;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Chat;

namespace SecurityBot.UnitTests.Policies.Chat;

/// <summary>
/// A turn that records what the bot sends instead of calling the connector (the process boundary). Only the
/// sending the policy feature does is supported.
/// </summary>
internal sealed class RecordingTurnContext(string text) : ITurnContext
{
    public static readonly Actor Employee = new("00000000-0000-0000-0000-0000000000e1", "29:employee", "Erin Employee", "tenant-1");

    public Activity Activity { get; } = Activity.CreateMessageActivity(text);

    public ClaimsIdentity? Identity => null;

    public bool Responded => Sent.Count > 0;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

    public List<Activity> Sent { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Sent.Add(activity);
        return Task.FromResult<ResourceResponse?>(new ResourceResponse { Id = "reply-" + Sent.Count });
    }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessageActivity(text), cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The policy feature never updates a message.");

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The policy feature never deletes a message.");

    /// <summary>The context the bot builds for a command: the verb and the rest (CommandLine.Parse).</summary>
    public ChatCommandContext Command()
    {
        var (verb, arguments) = CommandLine.Parse(Activity.Text);
        return new ChatCommandContext(this, Employee, verb, arguments);
    }

    /// <summary>The context the bot gives free-text handlers: the verb, and the whole text as the arguments.</summary>
    public ChatCommandContext FreeText() => Command() with { Arguments = (Activity.Text ?? string.Empty).Trim() };
}
