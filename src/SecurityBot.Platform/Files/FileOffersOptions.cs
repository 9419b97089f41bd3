using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Files;

/// <summary>
/// The "Files" configuration section: files sent to a person privately in their 1:1 chat with the bot, through the
/// Teams file consent flow (the person allows the upload, the bot puts the bytes into their OneDrive).
/// </summary>
public sealed class FileOffersOptions
{
    public const string SectionName = "Files";

    /// <summary>Longest file name accepted (OneDrive allows more; a report's name needs far less).</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>
    /// The most one PUT to a OneDrive upload session may carry is just under 60 MiB; larger files would need several
    /// 320 KiB-aligned ranges, which this mechanism does not do.
    /// </summary>
    public const int SinglePutLimitBytes = (60 * 1024 * 1024) - 1;

    /// <summary>
    /// Files:OfferLifetime — how long an offer can be accepted (default 24 hours, 5 minutes to 30 days). Then it
    /// expires: its bytes are deleted, its consent card says so, and an accept is answered "expired".
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan OfferLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Files:MaxFileBytes — the largest file that can be offered (default 10 MiB, at most just under 60 MiB). The file
    /// goes in one PUT and is held in the database until it is uploaded; OneDrive's guidance is to split files above
    /// 10 MiB, which this mechanism does not do. A CSV of 10,000 attestations is well under 2 MiB.
    /// </summary>
    [Range(1, SinglePutLimitBytes)]
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Files:UploadTimeoutSeconds — the whole PUT of the bytes to OneDrive (default 100 seconds, 5 to 600).</summary>
    [Range(5, 600)]
    public int UploadTimeoutSeconds { get; set; } = 100;

    /// <summary>
    /// Files:UploadHoldSeconds — how long an accept holds the offer while it uploads (default 300 seconds): a second
    /// accept meanwhile does not upload again. Must be longer than Files:UploadTimeoutSeconds, so a hold only runs out
    /// when its instance died mid-upload; the offer can then be accepted again.
    /// </summary>
    [Range(10, 3_600)]
    public int UploadHoldSeconds { get; set; } = 300;

    /// <summary>
    /// Files:DownloadHosts — the hosts (and their subdomains) a file a person sends the bot may be read from: Teams
    /// stores it in their OneDrive, so "sharepoint.com" by default. The download URL arrives in the activity; any other
    /// host is refused, so a crafted attachment cannot make the bot fetch an internal address.
    /// </summary>
    [MinLength(1)]
    public List<string> DownloadHosts { get; set; } = ["sharepoint.com"];

    /// <summary>Https on a host in <see cref="DownloadHosts"/> (or one of its subdomains), no user info.</summary>
    public bool MayDownloadFrom(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps && url.UserInfo.Length == 0
            && DownloadHosts.Any(h => !string.IsNullOrWhiteSpace(h)
                && (url.Host.Equals(h.Trim(), StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + h.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    internal TimeSpan UploadHold => TimeSpan.FromSeconds(UploadHoldSeconds);

    internal bool HoldOutlastsUpload() => UploadHoldSeconds > UploadTimeoutSeconds;
}
