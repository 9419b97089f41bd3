using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.Attestation;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Timers;
using SecurityBot.Policies;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// One run's world: a temp folder with the SQLite file and a local directory file of <c>people</c> employees (department
/// "Staff", the audience) plus the security lead who owns the campaign; the settings every bot process of the run
/// shares; and a host built — never started, so it sends nothing itself — with AddPersistence/AddDirectory/AddBot/
/// AddPolicies/AddAttestation over the same database, whose use cases draft and start the campaign as the lead's
/// "Send" would, and whose DbContext reads what the bot committed.
/// </summary>
internal sealed class AttestationScene : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Department = "Staff";
    public const string OwnerId = "0a000000-0000-4000-8000-000000000001";

    private readonly IHost _launcher;

    private AttestationScene(string folder, int people, string serviceUrl, IReadOnlyDictionary<string, string> settings, IHost launcher)
    {
        Folder = folder;
        People = people;
        ServiceUrl = serviceUrl;
        Settings = settings;
        _launcher = launcher;
    }

    public string Folder { get; }

    public int People { get; }

    public string ServiceUrl { get; }

    /// <summary>Configuration keys ("Section:Key") every bot process of the run gets.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static string PersonId(int index) => $"0b000000-0000-4000-8000-{index:D12}";

    public static string ConversationOf(string userId) => $"a:{userId}";

    public static AttestationScene Create(int people, string serviceUrl, int? batchSize)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("securitybot-attest-").FullName;
        var directoryFile = Path.Combine(folder, "organisation.json");
        WriteDirectory(directoryFile, people);
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:SecurityBot"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db") }.ToString(),
            ["Bot:TrustedServiceUrls:0"] = serviceUrl,
            ["Bot:AllowedTenantIds:0"] = TenantId,
            ["Directory:Provider"] = "Local",
            ["Directory:LocalFile"] = directoryFile,
            ["Roles:SecurityLeadUserId"] = OwnerId,
            ["Audit:KeyId"] = "bench",
            ["Audit:Key"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Policies:WatchForChanges"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        if (batchSize is { } batch)
        {
            // Attestation:BatchSize — people per "attest.fanout" run (default 1,000): the first card waits for the first batch's commit.
            settings["Attestation:BatchSize"] = batch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        // The product's appsettings.json (beside the bot's dll) first, as the bot reads it; the run's settings on top.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPersistence();
        builder.AddDirectory();
        builder.AddBot();
        builder.AddPolicies();
        builder.AddAttestation();
        return new AttestationScene(folder, people, serviceUrl, settings, builder.Build());
    }

    /// <summary>The bot process's environment: the same settings as environment variables.</summary>
    public Dictionary<string, string> Environment() =>
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>
    /// Everyone has talked to the bot before (a conversation reference each, as after the app's installation): the
    /// benchmark measures the send path, not proactive installation.
    /// </summary>
    public async Task SeedConversationsAsync()
    {
        await using var scope = _launcher.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var now = DateTimeOffset.UtcNow;
        foreach (var id in Enumerable.Range(0, People).Select(PersonId).Append(OwnerId))
        {
            db.Add(new ConversationReferenceRecord(new ConversationSnapshot(TenantId, id, $"29:{id}", ConversationOf(id), "personal", ServiceUrl, "28:bot", "msteams"), now));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The lead's "Next" then "Send" (CampaignDrafts, CampaignStarts): the acceptable-use policy to department Staff.</summary>
    public async Task<int> DraftAndStartAsync()
    {
        await using var scope = _launcher.Services.CreateAsyncScope();
        var owner = new ResolvedActor(OwnerId, "Security Lead", await scope.ServiceProvider.GetRequiredService<IDirectory>().GetUserAsync(OwnerId));
        var request = new CampaignRequest("acceptable-use", AudienceKind.Department, Department, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), "Benchmark campaign");
        var drafted = await scope.ServiceProvider.GetRequiredService<CampaignDrafts>().DraftAsync(owner, request, CancellationToken.None);
        if (drafted is not { Status: UseCaseStatus.Succeeded, Campaign: { } campaign })
        {
            throw new InvalidOperationException($"Draft refused: {drafted.Message} {string.Join("; ", drafted.Errors?.Select(e => e.Message) ?? [])}");
        }

        var started = await scope.ServiceProvider.GetRequiredService<CampaignStarts>().StartAsync(campaign.Number, owner, null, CancellationToken.None);
        return started.Status == UseCaseStatus.Succeeded ? campaign.Number : throw new InvalidOperationException($"Start refused: {started.Message}");
    }

    public Task<int> DeliveredAsync() => QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Delivered));

    public Task<int> UnfinishedAsync() => QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending));

    public Task<int> PendingTimersAsync(string kind) => QueryAsync(db => db.Set<ScheduledTimer>().CountAsync(t => t.Kind == kind && t.Status == TimerStatus.Scheduled));

    /// <summary>When each "attest.fanout" run finished its batch (the handler's work, just before its commit).</summary>
    public async Task<List<DateTimeOffset>> FanOutBatchesAsync()
    {
        await using var scope = _launcher.Services.CreateAsyncScope();
        var fired = await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>()
            .Where(t => t.Kind == "attest.fanout" && t.FiredAt != null).Select(t => t.FiredAt!.Value).ToListAsync();
        return [.. fired.Order()];
    }

    public Task<int> AcceptancesAsync() => QueryAsync(db => db.Set<PolicyAcceptance>().CountAsync());

    public async ValueTask DisposeAsync()
    {
        _launcher.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            System.IO.Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A bot process may still hold the file for a moment; a temp folder left behind is harmless.
        }
    }

    private async Task<int> QueryAsync(Func<SecurityBotDbContext, Task<int>> query)
    {
        await using var scope = _launcher.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>());
    }

    private static void WriteDirectory(string path, int people)
    {
        var users = Enumerable.Range(0, people).Select(i => new
        {
            id = PersonId(i),
            upn = $"person{i}@contoso.test",
            displayName = $"Person {i}",
            jobTitle = "Employee",
            department = Department,
            mail = $"person{i}@contoso.test",
            managerId = (string?)OwnerId,
        }).Prepend(new { id = OwnerId, upn = "lead@contoso.test", displayName = "Security Lead", jobTitle = "Security Lead", department = "Security", mail = "lead@contoso.test", managerId = (string?)null });
        File.WriteAllText(path, JsonSerializer.Serialize(new { description = "Attestation benchmark organisation", users, groups = Array.Empty<object>() }));
    }
}
