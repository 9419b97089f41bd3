using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Files;

/// <summary>
/// Reads the bytes of a file a person sent (<see cref="IncomingFile"/>). The download URL came in the activity, so it
/// is fetched only over https from the hosts in Files:DownloadHosts (OneDrive and SharePoint by default), without
/// credentials (the URL is the capability), without following redirects, and never past the caller's size limit —
/// checked against Content-Length first and while reading. The URL is never logged; its host is, at Debug or on failure.
/// </summary>
public sealed partial class FileDownloader(IHttpClientFactory clients, IOptions<FileOffersOptions> options, ILogger<FileDownloader> logger)
{
    public async Task<FileDownloadResult> GetAsync(Uri url, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (!options.Value.MayDownloadFrom(url))
        {
            LogRefusedHost(logger, url.IsAbsoluteUri ? url.Host : "(relative)");
            return FileDownloadResult.Refused("Teams did not hand over that file in a way I can read. Attach it to the chat again.");
        }

        try
        {
            using var response = await clients.CreateClient(FileHttpClients.Download).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRejected(logger, (int)response.StatusCode, url.Host);
                return FileDownloadResult.Refused("I could not read the file from Teams just now. Send it again in a minute.");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return TooBig(maxBytes);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return TooBig(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.Length == 0 ? FileDownloadResult.Refused("The file is empty.") : FileDownloadResult.Read(buffer.ToArray());
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, url.Host, ex.HttpRequestError, ex.GetType().Name);
            return FileDownloadResult.Refused("I could not read the file from Teams just now. Send it again in a minute.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, url.Host);
            return FileDownloadResult.Refused("Reading the file from Teams took too long. Send it again in a minute.");
        }
    }

    private static FileDownloadResult TooBig(int maxBytes) =>
        FileDownloadResult.Refused($"The file is larger than {maxBytes / (1024 * 1024.0):0.#} MB. Send a smaller one (a screenshot, or the message saved as a file).");

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sent file's download URL is not https on a host in Files:DownloadHosts ({Host}); nothing was fetched")]
    private static partial void LogRefusedHost(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading a sent file from {Host} was answered {Status}")]
    private static partial void LogRejected(ILogger logger, int status, string host);

    // The exception's message can quote the URL: only its kind is logged.
    [LoggerMessage(Level = LogLevel.Warning, Message = "A sent file on {Host} could not be read ({Error}, {ExceptionType})")]
    private static partial void LogUnreachable(ILogger logger, string host, HttpRequestError error, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading a sent file from {Host} timed out (Files:UploadTimeoutSeconds)")]
    private static partial void LogTimedOut(ILogger logger, string host);
}
