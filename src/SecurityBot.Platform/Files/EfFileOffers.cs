using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Platform.Files;

/// <summary>
/// Offers in the caller's unit of work: the offer row (with the bytes), its consent card in the outbox (to the
/// person's 1:1 chat, recorded as the offer's card copy so later states replace it) and its expiry timer commit
/// together with whatever the caller changed, or not at all.
/// </summary>
internal sealed partial class EfFileOffers(
    SecurityBotDbContext db,
    INotificationOutbox outbox,
    ITimerScheduler timers,
    IOptions<FileOffersOptions> options,
    TimeProvider time,
    ILogger<EfFileOffers> logger) : IFileOffers
{
    public async Task<string> OfferAsync(string userAadObjectId, string fileName, string contentType, byte[] content, string description, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(description);
        CheckFileName(fileName);
        var limit = options.Value.MaxFileBytes;
        if (content.Length == 0 || content.Length > limit)
        {
            throw new ArgumentException($"A file offer holds 1 to {limit} bytes (Files:MaxFileBytes); this one has {content.Length}.", nameof(content));
        }

        var now = time.GetUtcNow();
        var offer = new FileOffer(userAadObjectId, fileName, contentType, content, now, now + options.Value.OfferLifetime);
        db.Add(offer);
        await outbox.EnqueueAsync(new OutboundNotification(
            NotificationRecipient.User(userAadObjectId),
            FileOfferCards.ConsentActivityJson(offer, description),
            $"file-offer:{offer.Id}",
            new EntityRef(FileOffer.EntityType, offer.Id),
            FileOffer.OfferedVersion), cancellationToken);
        await timers.ScheduleAsync(FileOffer.EntityType, offer.Id, FileOfferTimer.Kind, offer.ExpiresAt, null, cancellationToken);
        LogOffered(logger, offer.SizeInBytes, userAadObjectId, offer.ExpiresAt);
        return offer.Id;
    }

    /// <summary>A plain name: it becomes a OneDrive file name, so no folders, no control characters.</summary>
    private static void CheckFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (fileName.Length > FileOffersOptions.MaxFileNameLength
            || fileName.Trim() != fileName
            || fileName.Any(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            || fileName is "." or "..")
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name of at most {FileOffersOptions.MaxFileNameLength} characters.", nameof(fileName));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Offered a file of {Size} bytes to {UserId}, open until {ExpiresAt:O}")]
    private static partial void LogOffered(ILogger logger, long size, string userId, DateTimeOffset expiresAt);
}
