using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Builder;

namespace SecurityBot.Platform.Conversations;

/// <summary>
/// Records where every authenticated sender can be reached, before the bot handles the turn (the adapter has already
/// trusted the activity's serviceUrl). Unchanged references
/// cost a dictionary lookup; a storage failure is logged and never fails the user's turn.
/// </summary>
internal sealed partial class ConversationReferenceMiddleware(
    IServiceScopeFactory scopes,
    ConversationReferenceCache cache,
    ILogger<ConversationReferenceMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var snapshot = ConversationSnapshotReader.Read(turnContext.Activity);
        if (snapshot is not null && !cache.IsStored(snapshot))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(snapshot, cancellationToken);
                cache.Remember(snapshot);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRecordFailed(logger, ex, snapshot.ConversationId);
            }
        }

        await next(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the conversation reference for conversation {ConversationId}")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string conversationId);
}
