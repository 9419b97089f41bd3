using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Incidents.Persistence;

/// <summary>
/// Hands out incident numbers: a real sequence on PostgreSQL (nextval), a one-row counter bumped with
/// UPDATE … RETURNING on SQLite (which has no sequences; the write lock serialises it). Like any sequence it is not
/// rolled back with the caller's work, so a failed report leaves a gap — numbers are unique, not dense.
/// </summary>
internal static class IncidentNumberSequence
{
    public const string PostgresSequenceName = "incident_number_seq";
    public const string SqliteTableName = "IncidentNumberCounter";

    public static async Task<long> NextAsync(SecurityBotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = db.Database.IsNpgsql()
            ? $"SELECT nextval('{PostgresSequenceName}') AS \"Value\""
            : $"UPDATE \"{SqliteTableName}\" SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 1 RETURNING \"Value\"";
        var values = await db.Database.SqlQueryRaw<long>(sql).ToListAsync(cancellationToken);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException("The incident number sequence is missing; is the schema up to date?");
    }
}
