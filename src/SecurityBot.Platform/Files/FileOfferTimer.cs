namespace SecurityBot.Platform.Files;

/// <summary>The durable timer that expires an offer nobody accepted: one per offer, due at its expiry.</summary>
internal static class FileOfferTimer
{
    public const string Kind = "file-offer.expiry";
}
