using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Metrics;
using SecurityBot.Testing.Time;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>The metrics capability's file endpoint on Kestrel at 127.0.0.1 and a free port, with a clock the test moves.</summary>
internal sealed class MetricsFileHost : IAsyncDisposable
{
    private MetricsFileHost(WebApplication app, ManualTimeProvider clock, HttpClient client)
    {
        App = app;
        Clock = clock;
        Client = client;
    }

    public WebApplication App { get; }

    public ManualTimeProvider Clock { get; }

    public HttpClient Client { get; }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<MetricsFileHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        var clock = new ManualTimeProvider();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSecurityMetrics();
        // Only the links are served here, without a database: the digest's start-up (which needs one) stays out.
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(SecurityBot.Metrics.Application.DigestStartup)));
        var app = builder.Build();
        app.MapMetrics();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MetricsFileHost(app, clock, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
