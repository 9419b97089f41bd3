using System.Diagnostics.CodeAnalysis;

namespace SecurityBot.BotFramework.Builder;

/// <summary>Runs for every authenticated turn before the bot; call <c>next</c> to continue.</summary>
public interface IMiddleware
{
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "VB's Next does not concern a C#-only bot; 'next' is the Bot Framework SDK's parameter name.")]
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
