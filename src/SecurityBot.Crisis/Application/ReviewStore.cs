using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Crisis.Application;

/// <summary>The reviews in the scoped unit of work, with their follow-ups.</summary>
internal sealed class ReviewStore(SecurityBotDbContext db)
{
    public SecurityBotDbContext Db => db;

    public Task<PostIncidentReview?> FindByRoomAsync(Guid roomId, CancellationToken cancellationToken) =>
        db.Set<PostIncidentReview>().Include(r => r.Actions).SingleOrDefaultAsync(r => r.RoomId == roomId, cancellationToken);

    public Task<PostIncidentReview?> FindByIncidentAsync(string incidentNumber, CancellationToken cancellationToken) =>
        db.Set<PostIncidentReview>().Include(r => r.Actions).SingleOrDefaultAsync(r => r.IncidentNumber == incidentNumber, cancellationToken);

    public Task<List<StakeholderUpdate>> UpdatesAsync(Guid roomId, CancellationToken cancellationToken) =>
        db.Set<StakeholderUpdate>().AsNoTracking().Where(u => u.RoomId == roomId).OrderBy(u => u.Sequence).ToListAsync(cancellationToken);

    public void Add(PostIncidentReview review) => db.Add(review);
}
