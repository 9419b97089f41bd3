using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Testing.Webhooks;

/// <summary>
/// A webhook receiver on http://127.0.0.1 (random port) that checks every POST the way docs/integrations.md tells a
/// receiver to, written here on its own (not with the bot's signing code): the timestamp within 5 minutes of its clock,
/// and X-SecurityBot-Signature = "v1=" + hex(HMAC-SHA256(secret, timestamp + "." + body)) compared in constant time.
/// A bad signature is answered 401; otherwise <see cref="Responder"/> decides the status (default 200). Every request
/// is recorded, in arrival order.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "/hooks/securitybot";

    private readonly WebApplication _app;
    private readonly byte[] _secret;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app, string secret)
    {
        _app = app;
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>The receiver's clock for the replay window: set it to the bot's (a test's manual clock).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>e.g. http://127.0.0.1:5123/hooks/securitybot.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>The status to answer a correctly signed request with (given it as recorded so far, status 0).</summary>
    public Func<ReceivedWebhook, int> Responder { get; set; } = _ => StatusCodes.Status200OK;

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>The requests answered 2xx, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(r => r.Accepted)];

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret);
        app.MapPost(Path, receiver.ReceiveAsync);
        await app.StartAsync().ConfigureAwait(false);
        receiver.Url = app.Urls.First().TrimEnd('/') + Path;
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private async Task ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var body = buffer.ToArray();
        var timestamp = context.Request.Headers["X-SecurityBot-Timestamp"].ToString();
        var valid = IsFresh(timestamp) && SignatureHolds(timestamp, body, context.Request.Headers["X-SecurityBot-Signature"].ToString());
        var received = new ReceivedWebhook(context.Request.Headers["X-SecurityBot-Event"], context.Request.Headers["X-SecurityBot-Delivery"],
            timestamp, Encoding.UTF8.GetString(body), valid, 0);
        var status = valid ? Responder(received) : StatusCodes.Status401Unauthorized;
        _received.Enqueue(received with { AnsweredWith = status });
        context.Response.StatusCode = status;
    }

    private bool IsFresh(string timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(Clock.GetUtcNow().ToUnixTimeSeconds() - seconds) <= 300;

    private bool SignatureHolds(string timestamp, byte[] body, string header)
    {
        if (!header.StartsWith("v1=", StringComparison.Ordinal))
        {
            return false;
        }

        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        var expected = HMACSHA256.HashData(_secret, signed);
        byte[] given;
        try
        {
            given = Convert.FromHexString(header[3..]);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
