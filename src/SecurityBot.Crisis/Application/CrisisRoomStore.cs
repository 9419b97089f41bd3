using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Crisis.Application;

/// <summary>The rooms in the scoped unit of work.</summary>
internal sealed class CrisisRoomStore(SecurityBotDbContext db)
{
    public SecurityBotDbContext Db => db;

    /// <summary>The room as stored, not tracked: for reading outside a unit of work.</summary>
    public Task<CrisisRoom?> ReadByIncidentAsync(string incidentNumber, CancellationToken cancellationToken) =>
        db.Set<CrisisRoom>().AsNoTracking().Include(r => r.Members).SingleOrDefaultAsync(r => r.IncidentNumber == incidentNumber, cancellationToken);

    public Task<CrisisRoom?> FindByIncidentAsync(string incidentNumber, CancellationToken cancellationToken) =>
        db.Set<CrisisRoom>().Include(r => r.Members).SingleOrDefaultAsync(r => r.IncidentNumber == incidentNumber, cancellationToken);

    /// <summary>The room whose Teams chat this is; null for any other conversation.</summary>
    public Task<CrisisRoom?> FindByChatAsync(string chatId, CancellationToken cancellationToken) =>
        db.Set<CrisisRoom>().Include(r => r.Members).SingleOrDefaultAsync(r => r.ChatId == chatId, cancellationToken);

    public void Add(CrisisRoom room) => db.Add(room);

    public void Add(StakeholderUpdate update) => db.Add(update);

    /// <summary>
    /// Takes the room's row lock for the rest of the caller's transaction, so two runs for one room (a timer and a
    /// rescheduled one, on two instances) take turns: the second sees the chat the first made instead of making another.
    /// A no-op update: PostgreSQL locks the row until commit; SQLite's single writer already serialises.
    /// </summary>
    public Task<int> LockAsync(string incidentNumber, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "CrisisRooms" SET "Version" = "Version" WHERE "IncidentNumber" = {incidentNumber}""", cancellationToken);
}
