using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SecurityBot.Testing.Graph;

namespace SecurityBot.Testing.Files;

/// <summary>
/// OneDrive upload sessions on https://127.0.0.1 (a throwaway certificate), as a Teams file consent accept hands them
/// to the bot: PUT /up/{session} takes the bytes and answers 201 once a body covering the whole file arrives, like
/// OneDrive's last range. Every PUT is recorded with its Content-Length, Content-Range, Authorization and bytes. It can
/// be told to fail the next uploads. It also serves files a person "sent" the bot: GET /files/{id} answers the bytes
/// given to <see cref="Serve"/>, as the pre-authenticated download URL of a Teams file attachment does; every GET is
/// recorded with its Authorization header.
/// </summary>
public sealed class FakeUploadServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedUpload> _uploads = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly ConcurrentQueue<RecordedUpload> _downloads = new();
    private int _failRemaining;

    private FakeUploadServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    /// <summary>The certificate it serves: a client trusts exactly this one (<see cref="LoopbackCertificate.TrustOnly"/>).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>https://127.0.0.1:port (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<RecordedUpload> Uploads => _uploads;

    /// <summary>Every GET of a served file (path and Authorization; no body).</summary>
    public IReadOnlyCollection<RecordedUpload> Downloads => _downloads;

    /// <summary>Serves <paramref name="content"/> at a new download URL (https://127.0.0.1:port/files/{id}) and returns it.</summary>
    public string Serve(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        _files[id] = content;
        return $"{BaseUrl}/files/{id}";
    }

    public static async Task<FakeUploadServer> StartAsync()
    {
        var certificate = LoopbackCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var server = new FakeUploadServer(app, certificate);
        app.MapPut("/up/{session}", server.PutAsync);
        app.MapGet("/files/{id}", server.Get);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>A fresh upload session's URL, as Teams puts it in uploadInfo.uploadUrl.</summary>
    public string NewSessionUrl() => $"{BaseUrl}/up/{Guid.NewGuid():N}";

    /// <summary>The next <paramref name="count"/> PUTs are answered 503 (recorded all the same).</summary>
    public void FailNext(int count) => Volatile.Write(ref _failRemaining, count);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        Certificate.Dispose();
    }

    private IResult Get(HttpContext context, string id)
    {
        _downloads.Enqueue(new RecordedUpload(context.Request.Path, null, null,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null, []));
        return _files.TryGetValue(id, out var content) ? Results.Bytes(content, "application/octet-stream") : Results.NotFound();
    }

    private async Task<IResult> PutAsync(HttpContext context, string session)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        _uploads.Enqueue(new RecordedUpload(context.Request.Path, context.Request.ContentLength, headers.ContentRange.ToString() is { Length: > 0 } range ? range : null,
            headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null, body));
        if (Interlocked.Decrement(ref _failRemaining) >= 0)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new { id = session, size = body.Length, file = new { } }, statusCode: StatusCodes.Status201Created);
    }
}
