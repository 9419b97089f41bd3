using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// A row that must not be sent now because of its lease is given back at once (no attempt counted), so it is leased
/// again with a fresh lease instead of sitting out the rest of this one. Nothing was sent: when another instance holds
/// the row meanwhile, its lease wins and there is nothing to give back.
/// </summary>
internal static partial class OutboxLeaseGiveBack
{
    /// <summary>Leased by a statement that waited on a busy database: too little lease left to send safely.</summary>
    public static Task TooShortAsync(SecurityBotDbContext db, ILogger logger, OutboxMessage message)
    {
        LogLeaseTooShort(logger, message.Id);
        return GiveBackAsync(db, message);
    }

    /// <summary>Its lease is two thirds gone (renewals stalled) or another instance took it: sending could duplicate.</summary>
    public static Task StaleAsync(SecurityBotDbContext db, ILogger logger, OutboxMessage message)
    {
        LogLeaseStale(logger, message.Id);
        return GiveBackAsync(db, message);
    }

    private static async Task GiveBackAsync(SecurityBotDbContext db, OutboxMessage message)
    {
        message.GiveBackLease();
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId}: its lease is running out (renewals stalled) or was taken over; not sending, the lease is given back")]
    private static partial void LogLeaseStale(ILogger logger, Guid outboxId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox row {OutboxId}: leased with too little time left to send safely; the lease is given back")]
    private static partial void LogLeaseTooShort(ILogger logger, Guid outboxId);
}
