using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Platform.Files;

/// <summary>
/// A press on a file consent card (fileConsent/invoke). Accept: only the person the file was offered to (from the
/// authenticated activity, never the card) gets it — anyone else gets 404 and nothing is uploaded; an open offer is
/// held, its bytes are PUT to the upload session Teams named, and in one unit of work it is marked uploaded (bytes
/// deleted), its consent card replaced and the file's card queued to the chat. A second accept finds it held or
/// uploaded and uploads nothing. Decline: marked declined, bytes deleted, card replaced. Expired: told so.
/// </summary>
internal sealed partial class FileConsentHandler(
    FileOfferStore offers,
    INotificationOutbox outbox,
    FileUploader uploader,
    IOptions<FileOffersOptions> options,
    ITimeDisplays readers,
    TimeProvider time,
    ILogger<FileConsentHandler> logger)
{
    // An accept at the moment the offer expires races the expiry timer: both settle the offer and queue the same card
    // update, and PostgreSQL may report the outbox key before the offer's version. Either way the loser reads again
    // and finds the offer expired.
    private static readonly CommitRetry Retry = new(MaxAttempts: 5, VersionConflicts: true, PlatformUniqueKeys.OutboxIdempotencyKey);

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(response);
        if (Actor.From(turn.Activity) is not { } actor)
        {
            return Answer(401, "Unauthenticated", "Teams did not say who pressed the button.");
        }

        if (FileOfferCards.OfferId(response.Context) is not { } offerId)
        {
            LogNotOurs(logger, actor.AadObjectId);
            return NotFound();
        }

        return response.Action == FileConsentCardResponse.Accept
            ? await AcceptAsync(turn, actor, offerId, response.UploadInfo!, cancellationToken)
            : await DeclineAsync(actor, offerId, cancellationToken);
    }

    private async Task<InvokeResponse> AcceptAsync(ITurnContext turn, Actor actor, string offerId, FileUploadInfo upload, CancellationToken cancellationToken)
    {
        var (claim, offer) = await Retry.RunAsync(offers.Db, async _ =>
        {
            var offer = await OwnedAsync(offerId, actor, cancellationToken);
            if (offer is null)
            {
                return (FileOfferClaim.Declined, (FileOffer?)null);
            }

            var claim = offer.Claim(time.GetUtcNow(), options.Value.UploadHold);
            if (claim == FileOfferClaim.ExpiredNow)
            {
                await offers.SettleAsync(offer, cancellationToken);
            }

            if (claim is FileOfferClaim.Claimed or FileOfferClaim.ExpiredNow)
            {
                await offers.Db.SaveChangesAsync(cancellationToken);
            }

            return (claim, offer);
        });
        if (offer is null)
        {
            return NotFound();
        }

        switch (claim)
        {
            case FileOfferClaim.Claimed:
                return await UploadAsync(turn, offer, upload, cancellationToken);
            case FileOfferClaim.Expired or FileOfferClaim.ExpiredNow:
                await turn.SendCardAsync(FileOfferCards.Expired(offer, await readers.ForTurnAsync(turn.Activity, cancellationToken)), cancellationToken);
                return Answer(410, "Expired", "This file offer has expired; ask for the file again.");
            case FileOfferClaim.Declined:
                return Answer(410, "Declined", "This file offer was declined; ask for the file again.");
            default:
                // Held by a running accept, or uploaded already: a double click or a redelivered invoke. Nothing to do.
                LogAlreadyHandled(logger, claim);
                return Ok();
        }
    }

    private async Task<InvokeResponse> UploadAsync(ITurnContext turn, FileOffer offer, FileUploadInfo upload, CancellationToken cancellationToken)
    {
        // Outside any transaction: on SQLite one would hold the database's only write lock for the whole upload.
        var result = await uploader.PutAsync(upload.UploadUrl!, offer.Content!, cancellationToken);
        if (result != FileUploadResult.Uploaded)
        {
            await ReleaseAsync(offer.Id, cancellationToken);
            if (result == FileUploadResult.RefusedUrl)
            {
                return Answer(400, "BadUploadUrl", "The upload URL is not an https URL.");
            }

            await turn.SendCardAsync(FileOfferCards.UploadFailed(offer), cancellationToken);
            return Answer(502, "UploadFailed", "The file could not be uploaded to OneDrive.");
        }

        var activity = turn.Activity;
        var recipient = activity is { Conversation.Id: { Length: > 0 } conversation, ServiceUrl: { Length: > 0 } serviceUrl }
            ? NotificationRecipient.Conversation(conversation, serviceUrl, activity.TenantId)
            : NotificationRecipient.User(offer.UserAadObjectId);
        await Retry.RunAsync(offers.Db, async _ =>
        {
            var current = await offers.FindAsync(offer.Id, cancellationToken);
            if (current is null || !current.MarkUploaded(time.GetUtcNow()))
            {
                return false;
            }

            await offers.SettleAsync(current, cancellationToken);
            await outbox.EnqueueAsync(new OutboundNotification(recipient, FileOfferCards.FileInfoActivityJson(current, upload), $"file-offer:{current.Id}:file"), cancellationToken);
            await offers.Db.SaveChangesAsync(cancellationToken);
            return true;
        });
        LogUploaded(logger, offer.SizeInBytes, offer.UserAadObjectId);
        return Ok();
    }

    /// <summary>The upload failed: the offer is open again, unless its lifetime ran out meanwhile (then it expires now).</summary>
    private Task ReleaseAsync(string offerId, CancellationToken cancellationToken) =>
        Retry.RunAsync(offers.Db, async _ =>
        {
            var offer = await offers.FindAsync(offerId, cancellationToken);
            var now = time.GetUtcNow();
            if (offer is null || !offer.ReleaseClaim(now))
            {
                return false;
            }

            if (offer.Expire(now))
            {
                await offers.SettleAsync(offer, cancellationToken);
            }

            await offers.Db.SaveChangesAsync(cancellationToken);
            return true;
        });

    private async Task<InvokeResponse> DeclineAsync(Actor actor, string offerId, CancellationToken cancellationToken)
    {
        var found = await Retry.RunAsync(offers.Db, async _ =>
        {
            var offer = await OwnedAsync(offerId, actor, cancellationToken);
            if (offer is null)
            {
                return false;
            }

            if (offer.Decline(time.GetUtcNow()))
            {
                await offers.SettleAsync(offer, cancellationToken);
                await offers.Db.SaveChangesAsync(cancellationToken);
                LogDeclined(logger, actor.AadObjectId);
            }

            return true;
        });
        return found ? Ok() : NotFound();
    }

    /// <summary>The offer, when it is the presser's; otherwise null, the same answer as an offer that does not exist.</summary>
    private async Task<FileOffer?> OwnedAsync(string offerId, Actor actor, CancellationToken cancellationToken)
    {
        var offer = await offers.FindAsync(offerId, cancellationToken);
        if (offer is not null && offer.BelongsTo(actor.AadObjectId))
        {
            return offer;
        }

        LogNotOurs(logger, actor.AadObjectId);
        return null;
    }

    private static InvokeResponse Ok() => new() { Status = 200 };

    private static InvokeResponse NotFound() => Answer(404, "NotFound", "There is no such file for you.");

    private static InvokeResponse Answer(int status, string code, string message) =>
        new() { Status = status, Body = AdaptiveCardInvokeResponse.Error(status, code, message) };

    // The offer id is not logged: with the owner it would be enough to claim the file.
    [LoggerMessage(Level = LogLevel.Warning, Message = "{UserId} pressed a file consent card for an offer that is not theirs or does not exist; nothing was uploaded")]
    private static partial void LogNotOurs(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A file consent accept found the offer {Claim}: nothing uploaded again")]
    private static partial void LogAlreadyHandled(ILogger logger, FileOfferClaim claim);

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploaded a file of {Size} bytes to the OneDrive of {UserId}")]
    private static partial void LogUploaded(ILogger logger, long size, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UserId} declined a file offer; its bytes are deleted")]
    private static partial void LogDeclined(ILogger logger, string userId);
}
