using System.Text.Json;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Platform.Files;

/// <summary>The messages of a file offer: its consent card, the uploaded file's card, and what replaces the consent card.</summary>
internal static class FileOfferCards
{
    private const string OfferIdProperty = "offerId";

    /// <summary>The consent card. Its contexts carry the offer's id and nothing else: Teams hands them back verbatim.</summary>
    public static string ConsentActivityJson(FileOffer offer, string description)
    {
        var context = new Dictionary<string, string> { [OfferIdProperty] = offer.Id };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = CardText.Truncate($"File for you: {offer.FileName}", 200),
            Attachments =
            [
                new Attachment
                {
                    ContentType = FileConsentCard.ContentType,
                    Name = offer.FileName,
                    Content = new FileConsentCard
                    {
                        Description = CardText.Truncate(description, 1000),
                        SizeInBytes = offer.SizeInBytes,
                        AcceptContext = context,
                        DeclineContext = context,
                    },
                },
            ],
        };
        return JsonSerializer.Serialize(activity, BotJson.Options);
    }

    /// <summary>The offer id a consent card's context carries; null when the context is not one of ours.</summary>
    public static string? OfferId(object? context) =>
        context is JsonElement { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(OfferIdProperty, out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= 64 } offerId
            ? offerId
            : null;

    /// <summary>The uploaded file in the chat: Teams shows it as a file the person can open, preview or download.</summary>
    public static string FileInfoActivityJson(FileOffer offer, FileUploadInfo upload)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = CardText.Truncate($"File: {offer.FileName}", 200),
            Attachments =
            [
                new Attachment
                {
                    ContentType = FileInfoCard.ContentType,
                    ContentUrl = upload.ContentUrl,
                    Name = upload.Name ?? offer.FileName,
                    Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType ?? FileType(offer.FileName) },
                },
            ],
        };
        return JsonSerializer.Serialize(activity, BotJson.Options);
    }

    /// <summary>What the consent card turns into once the offer is settled, so nobody presses a dead button.</summary>
    public static string SettledActivityJson(FileOffer offer, TimeDisplay reader) => TurnContextCardExtensions.ToActivityJson(Settled(offer, reader));

    public static AdaptiveCard Settled(FileOffer offer, TimeDisplay reader) => offer.Status switch
    {
        FileOfferStatus.Uploaded => NoticeCard.Success("File sent", $"{offer.FileName} is in your OneDrive; the file card in this chat opens it."),
        FileOfferStatus.Declined => NoticeCard.Info("File declined", $"You declined {offer.FileName}. It was not sent and SecurityBot no longer keeps it."),
        _ => Expired(offer, reader),
    };

    /// <param name="offer">The expired offer.</param>
    /// <param name="reader">How its recipient sees times (the card is in their 1:1 chat).</param>
    public static AdaptiveCard Expired(FileOffer offer, TimeDisplay reader) =>
        NoticeCard.Warning("File offer expired",
            $"{offer.FileName} could be accepted until {reader.At(offer.ExpiresAt)}. SecurityBot no longer keeps it.",
            "Ask for it again to get a new one.");

    public static AdaptiveCard UploadFailed(FileOffer offer) =>
        NoticeCard.Error("Upload failed", $"I could not put {offer.FileName} into your OneDrive.", "Press Allow on the file card again; if it keeps failing, ask for the file again.");

    /// <summary>The extension Teams shows as the file type ("csv"), from the name.</summary>
    private static string? FileType(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Length > 1 ? extension[1..].ToLowerInvariant() : null;
    }
}
