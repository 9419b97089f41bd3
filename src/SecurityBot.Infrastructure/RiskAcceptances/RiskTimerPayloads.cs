using System.Text.Json;
using SecurityBot.Core.Timers;
using SecurityBot.Infrastructure.Persistence;
using SecurityBot.Infrastructure.Timers;

namespace SecurityBot.Infrastructure.RiskAcceptances;

internal static class RiskTimerPayloads
{
    /// <summary>The payload, or one that matches no expiry (so the handler does nothing) when it is missing or unreadable.</summary>
    public static RiskTimerPayload Read(DueTimer timer)
    {
        if (string.IsNullOrEmpty(timer.PayloadJson))
        {
            return new RiskTimerPayload(-1, null);
        }

        try
        {
            return JsonSerializer.Deserialize<RiskTimerPayload>(timer.PayloadJson) ?? new RiskTimerPayload(-1, null);
        }
        catch (JsonException)
        {
            return new RiskTimerPayload(-1, null);
        }
    }

    /// <summary>
    /// Rescheduling or cancelling a kind from inside its own handler also loads the timer being fired and marks it
    /// cancelled; the scheduler then marks it fired, and the tracked "cancelled" would overwrite that on commit.
    /// Forgetting the tracked copy keeps the scheduler's "fired" mark.
    /// </summary>
    public static void KeepFiredMark(SecurityBotDbContext db, Guid firingTimerId)
    {
        foreach (var entry in db.ChangeTracker.Entries<ScheduledTimer>().Where(e => e.Entity.Id == firingTimerId).ToList())
        {
            entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }
    }
}
