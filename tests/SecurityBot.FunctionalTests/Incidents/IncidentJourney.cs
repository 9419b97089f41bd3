using Microsoft.EntityFrameworkCore;
using SecurityBot.Incidents.Domain;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests.Incidents;

/// <summary>What incident tests read from the running bot.</summary>
internal static class IncidentJourney
{
    public static Task<Incident> IncidentAsync(this BotHarness bot, long number)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.WithDbAsync(db => db.Set<Incident>().AsNoTracking().Include(i => i.Timeline).SingleAsync(i => i.Number == number));
    }

    /// <summary>
    /// Waits (bounded by <paramref name="clockBudget"/> of clock time, 30 s of real time) for the host's own timer
    /// scheduler to bring the incident to <paramref name="step"/>, nudging the manual clock so the poller's delay elapses.
    /// </summary>
    public static async Task<Incident> WaitForEscalationStepAsync(this BotHarness bot, long number, int step, ManualTimeProvider clock, TimeSpan? clockBudget = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var clockDeadline = clock.GetUtcNow() + (clockBudget ?? TimeSpan.FromMinutes(5));
        var incident = await bot.IncidentAsync(number);
        while (incident.EscalationStep < step && DateTime.UtcNow < deadline && clock.GetUtcNow() < clockDeadline)
        {
            clock.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(20);
            incident = await bot.IncidentAsync(number);
        }

        return incident;
    }
}
