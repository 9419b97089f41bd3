using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Platform.Files;

/// <summary>
/// Fires "file-offer.expiry" at an offer's expiry: an offer nobody accepted expires, its bytes are deleted and its
/// consent card says so. One being uploaded right now is looked at again when that upload's hold ends. A settled
/// offer is left alone (its timer is normally cancelled; a firing one may still arrive).
/// </summary>
internal sealed partial class FileOfferExpiryHandler(
    FileOfferStore offers,
    ITimerScheduler timers,
    TimeProvider time,
    ILogger<FileOfferExpiryHandler> logger) : ITimerHandler
{
    public string Kind => FileOfferTimer.Kind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var offer = await offers.FindAsync(timer.EntityId, cancellationToken);
        if (offer is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (offer.Expire(now))
        {
            await offers.SettleAsync(offer, cancellationToken);
            LogExpired(logger, offer.UserAadObjectId, offer.SizeInBytes);
        }
        else if (offer is { Status: FileOfferStatus.Uploading, UploadClaimedUntil: { } heldUntil })
        {
            await timers.ScheduleAsync(FileOffer.EntityType, offer.Id, FileOfferTimer.Kind, heldUntil > offer.ExpiresAt ? heldUntil : offer.ExpiresAt, null, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A file offer of {Size} bytes to {UserId} expired unaccepted; its bytes are deleted")]
    private static partial void LogExpired(ILogger logger, string userId, long size);
}
