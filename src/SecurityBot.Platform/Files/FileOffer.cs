using System.Buffers.Text;
using System.Security.Cryptography;

namespace SecurityBot.Platform.Files;

/// <summary>
/// A file offered to one person in their 1:1 chat with the bot (the Teams file consent flow), with its bytes until it
/// is uploaded, declined or expired. The id is the only thing the consent card carries: a random 256-bit token, not a
/// sequence, so a forged invoke cannot guess another offer (and the owner is checked anyway).
/// </summary>
public sealed class FileOffer
{
    /// <summary>Entity type of the consent card's copies and of the expiry timer.</summary>
    public const string EntityType = "FileOffer";

    /// <summary>Version the consent card is rendered at; every later change moves it forward.</summary>
    internal const long OfferedVersion = 1;

    private FileOffer()
    {
        Id = UserAadObjectId = FileName = ContentType = Sha256 = string.Empty;
    }

    internal FileOffer(string userAadObjectId, string fileName, string contentType, byte[] content, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        Id = NewId();
        UserAadObjectId = userAadObjectId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        SizeInBytes = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Status = FileOfferStatus.Offered;
        CreatedAt = UpdatedAt = now;
        ExpiresAt = expiresAt;
        Version = OfferedVersion;
    }

    public string Id { get; private set; }

    /// <summary>The only person who may accept it (Entra object id, compared case-insensitively).</summary>
    public string UserAadObjectId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    /// <summary>The file; null once uploaded, declined or expired (nothing is kept longer than needed).</summary>
    public byte[]? Content { get; private set; }

    public long SizeInBytes { get; private set; }

    /// <summary>SHA-256 of the bytes (lower-case hex): what was offered, provable after the bytes are gone.</summary>
    public string Sha256 { get; private set; }

    public FileOfferStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>While <see cref="FileOfferStatus.Uploading"/>: until when the running accept holds it.</summary>
    public DateTimeOffset? UploadClaimedUntil { get; private set; }

    /// <summary>When it was uploaded, declined or expired.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token, and the version the consent card's updates are rendered at.</summary>
    public long Version { get; private set; }

    public bool BelongsTo(string aadObjectId) => string.Equals(UserAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Takes the offer for an upload, unless it is done, held by a running accept, or expired (then it expires now).</summary>
    internal FileOfferClaim Claim(DateTimeOffset now, TimeSpan holdFor)
    {
        switch (Status)
        {
            case FileOfferStatus.Uploaded:
                return FileOfferClaim.AlreadyUploaded;
            case FileOfferStatus.Declined:
                return FileOfferClaim.Declined;
            case FileOfferStatus.Expired:
                return FileOfferClaim.Expired;
            case FileOfferStatus.Uploading when UploadClaimedUntil > now:
                return FileOfferClaim.InProgress;
            default:
                break;
        }

        if (Expire(now))
        {
            return FileOfferClaim.ExpiredNow;
        }

        Status = FileOfferStatus.Uploading;
        UploadClaimedUntil = now + holdFor;
        Touch(now);
        return FileOfferClaim.Claimed;
    }

    /// <summary>The upload went through: the bytes are dropped. False when it was already recorded.</summary>
    internal bool MarkUploaded(DateTimeOffset now) => Finish(FileOfferStatus.Uploaded, now, from: [FileOfferStatus.Uploading, FileOfferStatus.Offered]);

    /// <summary>The upload failed: the offer can be accepted again.</summary>
    internal bool ReleaseClaim(DateTimeOffset now)
    {
        if (Status != FileOfferStatus.Uploading)
        {
            return false;
        }

        Status = FileOfferStatus.Offered;
        UploadClaimedUntil = null;
        Touch(now);
        return true;
    }

    /// <summary>The person declined: the bytes are dropped. False when it is already done, or an accept is uploading it.</summary>
    internal bool Decline(DateTimeOffset now) => IsOpen(now) && Finish(FileOfferStatus.Declined, now, from: [FileOfferStatus.Offered, FileOfferStatus.Uploading]);

    /// <summary>Expires an open offer whose lifetime is over: the bytes are dropped.</summary>
    internal bool Expire(DateTimeOffset now) =>
        now >= ExpiresAt && IsOpen(now) && Finish(FileOfferStatus.Expired, now, from: [FileOfferStatus.Offered, FileOfferStatus.Uploading]);

    /// <summary>Offered, or held by an accept whose hold is over (it crashed): nobody is working on it.</summary>
    private bool IsOpen(DateTimeOffset now) =>
        Status == FileOfferStatus.Offered || (Status == FileOfferStatus.Uploading && !(UploadClaimedUntil > now));

    private bool Finish(FileOfferStatus status, DateTimeOffset now, FileOfferStatus[] from)
    {
        if (!from.Contains(Status))
        {
            return false;
        }

        Status = status;
        Content = null;
        UploadClaimedUntil = null;
        CompletedAt = now;
        Touch(now);
        return true;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
