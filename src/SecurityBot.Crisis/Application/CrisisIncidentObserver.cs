using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Hears every incident change inside the incident's unit of work and, when a room exists or the change calls for
/// one, schedules the room's timer in that same unit of work: the room follows the incident even across a crash
/// right after the commit. The timer does the Graph and posting work with the incident as it then is.
/// </summary>
internal sealed class CrisisIncidentObserver(SecurityBotDbContext db, ITimerScheduler timers, IOptions<CrisisOptions> options, TimeProvider time)
    : IIncidentObserver
{
    public async Task OnChangedAsync(IncidentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var incident = change.Incident;
        var settings = options.Value;
        var wantsRoom = settings.AutoDeclare && incident.IsOpen && incident.Severity >= settings.AutoDeclareSeverity;
        if (!wantsRoom && !await db.Set<CrisisRoom>().AnyAsync(r => r.IncidentNumber == incident.Number, cancellationToken))
        {
            return;
        }

        // A run waiting out Graph's backoff reads the incident as it is when it runs: it is not hurried. Otherwise the
        // room is brought up to date now (a run already under way is replaced and its work done again, in turn).
        var now = time.GetUtcNow();
        var pending = await timers.PendingDueTimesAsync(CrisisTimers.EntityType, incident.Number, CrisisTimers.Room, cancellationToken);
        if (pending.Any(due => due > now))
        {
            return;
        }

        await timers.ScheduleAsync(CrisisTimers.EntityType, incident.Number, CrisisTimers.Room, now, null, cancellationToken);
    }
}
