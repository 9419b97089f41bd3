using SecurityBot.Policies;
using SecurityBot.RiskAcceptances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Notifications;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Application;
using SecurityBot.Platform.Timers;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.RiskAcceptances;

/// <summary>
/// The real persistence, directory (shipped demo organisation and roles), policy library and risk acceptance
/// registrations on a test database, with a manual clock. Each call runs in its own DI scope, like a turn.
/// </summary>
internal sealed class RiskAcceptanceHarness : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly PersistenceTestHost _host;

    private RiskAcceptanceHarness(TestDatabase database, PersistenceTestHost host, ManualTimeProvider clock)
    {
        _database = database;
        _host = host;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public TestDatabase Database => _database;

    public static async Task<RiskAcceptanceHarness> CreateAsync(DatabaseProvider provider, IDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? services = null)
    {
        var clock = new ManualTimeProvider();
        var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Local",
            ["Directory:LocalFile"] = Path.Combine(AppContext.BaseDirectory, "directory", "demo-organisation.json"),
            ["Roles:SecurityTeamGroupId"] = "fdb21d2b-b942-4979-86d9-38821e50ed72",
            ["Roles:RiskApproversGroupId"] = "12768902-8fef-45c1-860a-d7d93ac027f6",
            ["Roles:CsoUserId"] = "76ca3146-8f27-404b-bb5a-a24850a45b81",
            ["Roles:SecurityLeadUserId"] = "0d4600df-edcf-4c5a-8700-cc2361eebecd",
            ["Policies:Folder"] = Path.Combine(AppContext.BaseDirectory, "policies"),
            ["Policies:WatchForChanges"] = "false",
            ["RiskAcceptances:ReminderDaysBeforeExpiry:0"] = "30",
            ["RiskAcceptances:ReminderDaysBeforeExpiry:1"] = "7",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await PersistenceTestHost.CreateAsync(database, clock, settings, s =>
        {
            s.AddDirectory();
            s.AddPolicies();
            s.AddRiskAcceptances();
            services?.Invoke(s);
        });
        return new RiskAcceptanceHarness(database, host, clock);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => _host.InScopeAsync(work);

    /// <summary>The host's root services, for a test that holds a scope open across other work.</summary>
    public IServiceProvider Services => _host.Services;

    public Task<RiskOutcome> RequestAsync(RiskActor requester, RiskRequestInput? input = null) =>
        InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceService>().RequestAsync(requester, input ?? Input(), null, null, CancellationToken.None));

    public Task<RiskOutcome> DecideAsync(RiskActor actor, string reference, long version, int? stage, RiskDecisionKind kind = RiskDecisionKind.Approved, string? comment = null) =>
        InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceService>().DecideAsync(actor, new RiskCardReference(reference, version, stage), kind, comment, null, CancellationToken.None));

    /// <summary>Approves the current stage as the card the approver holds would (current version and stage).</summary>
    public async Task<RiskOutcome> ApproveCurrentAsync(RiskActor actor, string reference)
    {
        var risk = await FindAsync(reference);
        return await DecideAsync(actor, reference, risk!.Version, risk.CurrentStageIndex);
    }

    public Task<RiskAcceptance?> FindAsync(string reference) =>
        InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceRegister>().FindAsync(reference, CancellationToken.None));

    public Task<List<OutboxMessage>> OutboxAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public Task<List<ScheduledTimer>> TimersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().AsNoTracking().ToListAsync());

    public Task<List<AuditEntry>> AuditAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    /// <summary>Verifies as an auditor would on a running bot: after the checkpoint its schedule would have written by now.</summary>
    public async Task<AuditVerification> VerifyAuditAsync()
    {
        await WriteAuditCheckpointAsync();
        return await InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().VerifyAsync(CancellationToken.None));
    }

    /// <summary>What the checkpoint service does at start, on its schedule and at shutdown.</summary>
    public Task<AuditCheckpoint?> WriteAuditCheckpointAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<AuditCheckpointWriter>().WriteAsync(CancellationToken.None));

    public Task<int> FireTimersAsync() => _host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None);

    /// <summary>Pretends the outbox delivered a card to <paramref name="userId"/>: a card copy row, as the dispatcher records it.</summary>
    public Task AddCardCopyAsync(string reference, long version, string userId) =>
        _host.InScopeAsync(async (IServiceProvider sp) =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(new CardCopy(RiskAcceptanceNotifier.EntityType, reference, version, "conv-" + userId, "act-" + Guid.NewGuid().ToString("N"), "https://smba.example.test/", userId, null, Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

    /// <summary>The real risk cards sent (or to be sent) to a person, read by <see cref="RiskCardMessage.Read"/>.</summary>
    public async Task<List<string[]>> MessagesToAsync(string userId, NotificationKind kind = NotificationKind.NewMessage) =>
        (await OutboxAsync()).Where(m => m.RecipientAadObjectId == userId && m.Kind == kind).Select(RiskCardMessage.Read).ToList();

    public static RiskRequestInput Input(int likelihood = 4, int impact = 4, int days = 90, string? owner = null, string? policy = "encryption", string? section = "2") => new(
        "Legacy build server without disk encryption",
        policy,
        section,
        "build-01.corp",
        "The firmware of the old build server cannot run full-disk encryption; a stolen disk would expose source code.",
        likelihood,
        impact,
        "Server is in a locked cage; disks are wiped before disposal.",
        "The Q3 release depends on this server; the replacement arrives in November.",
        days,
        owner);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
