using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.Benchmarks.Notifications;

/// <summary>
/// One card to 1,000 people through the real outbox (SQLite, dispatcher, rate limiter, connector client) against
/// the local fake connector enforcing the Teams limits. The floor is 1,000 / 50 per s = 20 s. Each iteration is
/// one whole fan-out from a fresh database; lost and duplicated messages are counted and printed per iteration.
/// </summary>
[Config(typeof(FanOutConfig))]
public class FanOutBenchmark
{
    private const int Recipients = 1_000;
    private static readonly List<string> Results = [];
    private FakeConnectorServer _teams = null!;
    private string _folder = null!;
    private Microsoft.Extensions.Hosting.IHost _host = null!;
    private MeterListener _listener = null!;
    private ConcurrentBag<double> _ackToCommit = null!;

    /// <summary>Every n-th message gets an extra 429 with Retry-After: 1 s on top of the enforced limits (0 = none).</summary>
    [Params(0, 50)]
    public int Inject429Every { get; set; }

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "fan-out 1,000 recipients")]
    public void FanOut() => FanOutAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Report()
    {
        foreach (var line in Results)
        {
            Console.WriteLine(line);
        }
    }

    private async Task SetupAsync()
    {
        _ackToCommit = [];
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == OutboxMetrics.AckToCommitName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _ackToCommit.Add(value));
        _listener.Start();
        _teams = await FakeConnectorServer.StartAsync();
        _teams.EnforceTeamsRateLimits = true;
        _teams.Inject429Every = Inject429Every;
        _folder = System.IO.Directory.CreateTempSubdirectory("securitybot-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:SecurityBot"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bench.db") }.ToString(),
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
            // The host runs as Production: it needs what Production refuses to start without (issue 14 items 6, 13).
            ["Bot:AllowedTenantIds:0"] = "tenant-1",
            ["Audit:KeyId"] = "bench",
            ["Audit:Key"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPersistence();
        builder.Services.AddBotConnector();
        _host = builder.Build();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        await SchemaMigrator.MigrateAsync(db, null, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Recipients; i++)
        {
            var aad = $"bench-{i:D4}";
            db.Add(new ConversationReferenceRecord(new ConversationSnapshot("tenant-1", aad, $"29:{aad}", $"a:{aad}", "personal", _teams.ServiceUrl, "28:bot", "msteams"), now));
            db.Add(OutboxMessage.NewMessage(new OutboundNotification(NotificationRecipient.User(aad, "tenant-1"),
                """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"INC-1000"}]}}]}""",
                $"bench:{aad}", new EntityRef("Incident", "INC-1000"), 1), now));
        }

        await db.SaveChangesAsync();
    }

    private async Task FanOutAsync()
    {
        await _host.StartAsync();
        while (await DeliveredAsync() < Recipients)
        {
            await Task.Delay(50);
        }
    }

    private async Task CleanupAsync()
    {
        await _host.StopAsync();
        var posted = _teams.Posted.Where(p => !p.IsUpdate).GroupBy(p => p.ConversationId).ToList();
        var throttled = _teams.Requests.Count(r => r.StatusCode == 429);
        var first = _teams.Posted.Min(p => p.At);
        var last = _teams.Posted.Max(p => p.At);
        _listener.Dispose();
        var window = _ackToCommit.Order().ToList();
        Results.Add(string.Create(CultureInfo.InvariantCulture,
            $"Inject429Every={Inject429Every}: first-to-last send {(last - first).TotalSeconds:F2} s, lost {Recipients - posted.Count}, duplicated {posted.Sum(g => g.Count() - 1)}, 429 answered {throttled}, 2xx→commit ms p50 {Percentile(window, 0.5):F2} p99 {Percentile(window, 0.99):F2} max {window.LastOrDefault():F2}"));
        _host.Dispose();
        await _teams.DisposeAsync();
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private async Task<int> DeliveredAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Delivered);
    }
}
