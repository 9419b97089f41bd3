using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Regional;

/// <summary>Upserts a person's remembered region. Scoped: one DbContext per call site.</summary>
public sealed class RegionRecorder(SecurityBotDbContext db, TimeProvider time)
{
    // Another instance inserted the same person first: the second attempt reads theirs and updates it.
    private static readonly CommitRetry UpsertRetry = new(MaxAttempts: 2, VersionConflicts: false, PlatformUniqueKeys.PersonRegion);

    /// <summary>Returns true when something was written.</summary>
    public Task<bool> RecordAsync(RegionSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return UpsertRetry.RunAsync(db, _ => UpsertAsync(snapshot, cancellationToken));
    }

    private async Task<bool> UpsertAsync(RegionSnapshot snapshot, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var region = await db.Set<PersonRegion>().SingleOrDefaultAsync(r => r.UserAadObjectId == snapshot.UserAadObjectId, cancellationToken);
        if (region is null)
        {
            db.Add(new PersonRegion(snapshot.UserAadObjectId, snapshot.TimeZoneId, snapshot.Locale, now));
        }
        else if (!region.Update(snapshot.TimeZoneId, snapshot.Locale, now))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
