using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// The connector both contestants reply to: accepts any activity POST and answers like Teams, keeping only a
/// count and the last body (the recording fake of the tests would grow without bound under load).
/// </summary>
internal sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _count;

    private ReplySink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Count => Interlocked.Read(ref _count);

    public string? LastBody { get; private set; }

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new ReplySink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            sink.LastBody = await reader.ReadToEndAsync();
            var id = Interlocked.Increment(ref sink._count);
            return Results.Json(new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        });
        await app.StartAsync();
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return sink;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
