using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Platform.Files;

/// <summary>File offers in the scope's unit of work, and what every settled offer does: its consent card is replaced, its timer stops.</summary>
internal sealed class FileOfferStore(SecurityBotDbContext db, ICardCopyUpdater cards, ITimerScheduler timers)
{
    public SecurityBotDbContext Db => db;

    public async Task<FileOffer?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Set<FileOffer>().Local.FirstOrDefault(o => o.Id == id)
        ?? await db.Set<FileOffer>().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>
    /// The offer was uploaded, declined or expired: its consent card (wherever it was delivered, or still waiting in
    /// the outbox) becomes a notice of that, and the expiry timer is cancelled (a firing one is left to finish).
    /// </summary>
    public async Task SettleAsync(FileOffer offer, CancellationToken cancellationToken)
    {
        await cards.EnqueueUpdatesAsync(new EntityRef(FileOffer.EntityType, offer.Id), offer.Version, view => FileOfferCards.SettledActivityJson(offer, view.Reader),
            cancellationToken);
        await timers.CancelAsync(FileOffer.EntityType, offer.Id, FileOfferTimer.Kind, cancellationToken);
    }
}
