using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// The comparison: bare Kestrel that parses the activity and makes the same outbound POST (the same reply body,
/// to the same connector) — no auth, no storage, no routing. What SecurityBot adds is the difference.
/// </summary>
internal sealed class BareEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<BareEndpoint> StartAsync(string replyBody)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddHttpClient("connector");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext context, IHttpClientFactory clients) =>
        {
            using var activity = await JsonDocument.ParseAsync(context.Request.Body);
            var root = activity.RootElement;
            var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
            var conversationId = Uri.EscapeDataString(root.GetProperty("conversation").GetProperty("id").GetString()!);
            var activityId = Uri.EscapeDataString(root.GetProperty("id").GetString()!);
            using var content = new StringContent(replyBody, Encoding.UTF8, "application/json");
            using var response = await clients.CreateClient("connector").PostAsync(new Uri($"{serviceUrl}v3/conversations/{conversationId}/activities/{activityId}"), content);
            return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
        });
        await app.StartAsync();
        var bare = new BareEndpoint(app)
        {
            Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/messages"),
        };
        return bare;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
