namespace SecurityBot.Platform.Files;

/// <summary>Where a file offer stands. Only <see cref="Offered"/> and <see cref="Uploading"/> still hold the bytes.</summary>
public enum FileOfferStatus
{
    /// <summary>The consent card is out (or on its way); the person has not answered.</summary>
    Offered = 0,

    /// <summary>
    /// An accept is putting the bytes into the person's OneDrive right now. Held for a bounded time, so a second
    /// accept (a double click, a redelivered invoke) does not upload again while the first is running, and a crash
    /// mid-upload does not block the offer for ever.
    /// </summary>
    Uploading = 1,

    /// <summary>The file is in the person's OneDrive and the file card was sent; the bytes are gone from here.</summary>
    Uploaded = 2,

    /// <summary>The person declined; the bytes are gone.</summary>
    Declined = 3,

    /// <summary>Nobody accepted within the lifetime (Files:OfferLifetime); the bytes are gone.</summary>
    Expired = 4,
}
