using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework;
using SecurityBot.Incidents;
using SecurityBot.Integrations;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Logging;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Integrations;

/// <summary>
/// The bot's HTTP side for alerts as Program.cs wires it (AddBotFramework, AddPersistence, AddDirectory on the demo organisation, AddBot, the
/// real AddIncidents and AddIntegrations, MapIntegrations) on Kestrel at 127.0.0.1 with a random port, a test database
/// and a manual clock (background work waits on it, so nothing runs unless a test moves it). One HMAC source
/// "splunk" is configured; StartAsync can add settings and services (an Entra source).
/// </summary>
internal sealed class AlertTestServer : IAsyncDisposable
{
    public const string HmacSource = "splunk";
    public const string HmacSecret = "alert-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private AlertTestServer(WebApplication app, ManualTimeProvider clock, CapturingLoggerProvider logs)
    {
        _app = app;
        Clock = clock;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public ManualTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<AlertTestServer> StartAsync(TestDatabase database, IDictionary<string, string?>? more = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var config = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:SecurityBot"] = database.ConnectionString,
            ["Roles:SecurityTeamGroupId"] = "fdb21d2b-b942-4979-86d9-38821e50ed72",
            ["Roles:RiskApproversGroupId"] = "12768902-8fef-45c1-860a-d7d93ac027f6",
            ["Roles:IncidentRespondersGroupId"] = "aa5a5e40-0867-464e-aa88-a88146382251",
            ["Roles:CsoUserId"] = DemoPeople.PriyaCso.Id,
            ["Roles:SecurityLeadUserId"] = DemoPeople.TomasLead.Id,
            [$"Integrations:Alerts:Sources:{HmacSource}:Auth"] = "Hmac",
            [$"Integrations:Alerts:Sources:{HmacSource}:Secret"] = HmacSecret,
            [$"Integrations:Alerts:Sources:{HmacSource}:SeverityMap:sev1"] = "Critical",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        var clock = new ManualTimeProvider(Start);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddBotFramework();
        builder.AddPersistence();
        builder.AddDirectory();
        builder.AddBot();
        builder.AddIncidents();
        builder.AddIntegrations();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapIntegrations();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await SchemaMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>(), null, CancellationToken.None);
        }

        await app.StartAsync();
        return new AlertTestServer(app, clock, logs);
    }

    /// <summary>POSTs <paramref name="json"/> signed as the HMAC source would (at <paramref name="at"/>, default now, with <paramref name="secret"/>).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string json, DateTimeOffset? at = null, string secret = HmacSecret, string source = HmacSource)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (at ?? Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        var signature = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        return PostAsync(body, new Dictionary<string, string>
        {
            ["X-SecurityBot-Source"] = source,
            ["X-SecurityBot-Timestamp"] = timestamp,
            ["X-SecurityBot-Signature"] = signature,
        });
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] body, IDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, IntegrationsEndpoints.AlertsRoute) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    public async Task<int> CountAsync<T>()
        where T : class
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().Set<T>().CountAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
