namespace SecurityBot.Platform.Files;

/// <summary>
/// Sends a person a file privately in their 1:1 chat with the bot, the Teams way: a file consent card ("allow" /
/// "decline"); when they allow it, the bot uploads the bytes to their OneDrive and posts the file's card. For
/// anything too big for a message (an export of thousands of rows). Works in personal chats only (a Teams rule).
/// </summary>
public interface IFileOffers
{
    /// <summary>
    /// Stores the file and queues its consent card to the person, in the caller's unit of work: nothing is stored or
    /// sent until the caller's SaveChanges commits. The offer expires after Files:OfferLifetime. Returns the offer's id.
    /// </summary>
    /// <param name="userAadObjectId">The only person who can accept it.</param>
    /// <param name="fileName">The name it gets in their OneDrive, e.g. "attestations-2026-12-05.csv" (no folders).</param>
    /// <param name="contentType">Its media type, e.g. "text/csv".</param>
    /// <param name="content">The bytes: not empty, at most Files:MaxFileBytes.</param>
    /// <param name="description">What it is, shown on the consent card.</param>
    /// <param name="cancellationToken">Cancels the enqueue (nothing is stored until the caller commits anyway).</param>
    /// <exception cref="ArgumentException">The name, the size or the person is not acceptable.</exception>
    Task<string> OfferAsync(string userAadObjectId, string fileName, string contentType, byte[] content, string description, CancellationToken cancellationToken);
}
