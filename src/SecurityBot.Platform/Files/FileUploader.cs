using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Platform.Files;

/// <summary>
/// Puts a file's bytes into the OneDrive upload session of an accepted consent card: one PUT of the whole file with
/// Content-Length and Content-Range "bytes 0-(n-1)/n", no Authorization header (OneDrive may answer 401 to one; the
/// URL itself is the capability). OneDrive answers 200 or 201 when the last byte is in. The URL is never logged;
/// only its host is, at Debug and on failure.
/// </summary>
internal sealed partial class FileUploader(IHttpClientFactory clients, ILogger<FileUploader> logger)
{
    public async Task<FileUploadResult> PutAsync(string uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.UserInfo.Length > 0)
        {
            LogRefusedUrl(logger);
            return FileUploadResult.RefusedUrl;
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.LongLength;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.LongLength - 1, content.LongLength);
        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = body };
        LogUploading(logger, content.LongLength, uri.Host);
        try
        {
            using var response = await clients.CreateClient(FileHttpClients.Upload).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return FileUploadResult.Uploaded;
            }

            LogRejected(logger, (int)response.StatusCode, uri.Host);
            return FileUploadResult.Failed;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, uri.Host, ex.HttpRequestError, ex.GetType().Name);
            return FileUploadResult.Failed;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, uri.Host);
            return FileUploadResult.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file consent accept named an upload URL that is not absolute https; nothing was sent")]
    private static partial void LogRefusedUrl(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Uploading {Size} bytes to the upload session on {Host}")]
    private static partial void LogUploading(ILogger logger, long size, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The upload session on {Host} answered {Status} to the file's PUT")]
    private static partial void LogRejected(ILogger logger, int status, string host);

    // The exception's message can quote the URL: only its kind is logged.
    [LoggerMessage(Level = LogLevel.Warning, Message = "The upload session on {Host} could not be reached ({Error}, {ExceptionType})")]
    private static partial void LogUnreachable(ILogger logger, string host, HttpRequestError error, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The file's PUT to the upload session on {Host} timed out (Files:UploadTimeoutSeconds)")]
    private static partial void LogTimedOut(ILogger logger, string host);
}
