namespace SecurityBot.BotFramework.Builder;

/// <summary>Runs for every authenticated turn before the bot; call <c>next</c> to continue.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
