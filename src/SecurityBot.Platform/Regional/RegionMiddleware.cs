using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Builder;

namespace SecurityBot.Platform.Regional;

/// <summary>
/// Remembers each sender's time zone and locale before the bot handles the turn, so this turn's answer and every
/// later card use them. What was stored last is kept in memory: the common turn writes nothing. A storage failure is
/// logged and never fails the user's turn.
/// </summary>
internal sealed partial class RegionMiddleware(IServiceScopeFactory scopes, ILogger<RegionMiddleware> logger) : IMiddleware, IDisposable
{
    private static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _stored = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var snapshot = RegionReader.Read(turnContext.Activity);
        if (snapshot is not null && !(_stored.TryGetValue(snapshot.UserAadObjectId, out RegionSnapshot? stored) && stored == snapshot))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RegionRecorder>().RecordAsync(snapshot, cancellationToken);
                _stored.Set(snapshot.UserAadObjectId, snapshot, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = EntryLifetime });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRecordFailed(logger, ex);
            }
        }

        await next(cancellationToken);
    }

    public void Dispose() => _stored.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not remember the sender's time zone and locale")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception);
}
