using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Builder;

/// <summary>
/// Dispatches a turn by activity type to overridable methods, as Bot Builder's ActivityHandler does. Invokes are
/// answered through an invokeResponse; an invoke no method handles gets 501 rather than silence.
/// </summary>
public class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                var response = await OnInvokeActivityAsync(turnContext, cancellationToken);
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = response }, cancellationToken);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var added = turnContext.Activity.MembersAdded;
        return added is { Count: > 0 } ? OnMembersAddedAsync(added, turnContext, cancellationToken) : Task.CompletedTask;
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams sends "add", "remove", and on upgrade "add-upgrade" / "remove-upgrade".
        var action = turnContext.Activity.Action ?? string.Empty;
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            return OnInstallationUpdateAddAsync(turnContext, cancellationToken);
        }

        return action.StartsWith("remove", StringComparison.OrdinalIgnoreCase)
            ? OnInstallationUpdateRemoveAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == AdaptiveCardActionInvoke)
        {
            var value = turnContext.Activity.GetValue<AdaptiveCardInvokeValue>();
            if (value?.Action is null || string.IsNullOrWhiteSpace(value.Action.Verb) || value.Action.Type != "Action.Execute")
            {
                return Error(400, "BadRequest", "The adaptiveCard/action invoke has no Action.Execute with a verb.");
            }

            var result = await OnAdaptiveCardInvokeAsync(turnContext, value, cancellationToken);
            return new InvokeResponse { Status = 200, Body = result };
        }

        return NotImplemented(turnContext.Activity.Name);
    }

    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Error(501, "NotImplemented", "This bot does not handle card actions."));

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static InvokeResponse NotImplemented(string? invokeName) =>
        Error(501, "NotImplemented", $"The invoke '{invokeName}' is not supported by this bot.");

    protected static InvokeResponse Error(int status, string code, string message) =>
        new() { Status = status, Body = AdaptiveCardInvokeResponse.Error(status, code, message) };
}
