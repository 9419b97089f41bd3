using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Crisis;
using SecurityBot.Crisis.Application;
using SecurityBot.Crisis.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// One instance of the bot with the real crisis wiring (AddPersistence, AddDirectory on the demo organisation,
/// AddCrisisRooms: options, clocks, timers, outbox, audit) on a test database and a manual clock; the incidents
/// capability is a dictionary at its contract. A second host on the same database is a restart. Tests fire timers
/// themselves.
/// </summary>
internal sealed class RegulatorTestHost : IAsyncDisposable
{
    public const string Incident = "INC-000042";
    public const string ChatId = "19:regulator-room@thread.v2";
    public const string Dpo = DemoPeople.MeganManager;

    // Monday 2026-03-02 10:00 UTC, as the other capability hosts.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly PersistenceTestHost _host;

    private RegulatorTestHost(PersistenceTestHost host, ManualTimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public static async Task<RegulatorTestHost> CreateAsync(TestDatabase database, TimeSpan later = default, IDictionary<string, string?>? settings = null)
    {
        var clock = new ManualTimeProvider(Start + later);
        var config = new Dictionary<string, string?>
        {
            ["Roles:SecurityTeamGroupId"] = "fdb21d2b-b942-4979-86d9-38821e50ed72",
            ["Roles:RiskApproversGroupId"] = "12768902-8fef-45c1-860a-d7d93ac027f6",
            ["Roles:IncidentRespondersGroupId"] = "aa5a5e40-0867-464e-aa88-a88146382251",
            ["Roles:CsoUserId"] = DemoPeople.PriyaCso.Id,
            ["Roles:SecurityLeadUserId"] = DemoPeople.TomasLead.Id,
            ["Crisis:Regulator:DpoUserId"] = Dpo,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var host = await PersistenceTestHost.CreateAsync(database, clock, config, s =>
        {
            s.AddDirectory();
            s.AddSingleton<RegulatorStoredIncidents>();
            s.AddSingleton<IIncidentActions>(sp => sp.GetRequiredService<RegulatorStoredIncidents>());
            s.AddSingleton<ITeamsChats, RegulatorNoGraphChats>();
            s.AddCrisisRooms();
        });
        return new RegulatorTestHost(host, clock);
    }

    public IServiceProvider Services => _host.Services;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public void Advance(TimeSpan by) => Clock.Advance(by);

    /// <summary>An open crisis room for <see cref="Incident"/>, as the room's timer leaves it once Graph made the chat.</summary>
    public Task OpenRoomAsync() =>
        _host.InScopeAsync(async sp =>
        {
            var room = CrisisRoom.Declare(Incident, "Customer database exposed", (DemoPeople.TomasLead.Id, DemoPeople.TomasLead.Name), Now);
            room.AddMember(DemoPeople.TomasLead.Id, DemoPeople.TomasLead.Name, CrisisMemberRole.SecurityLead, null, Now);
            room.AddMember(DemoPeople.PriyaCso.Id, DemoPeople.PriyaCso.Name, CrisisMemberRole.Cso, null, Now);
            room.ChatCreated(ChatId, Now);
            room.BotInstalled("https://smba.example.test/emea/", Now);
            room.Opened(TimeSpan.FromHours(1), Now);
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(room);
            await db.SaveChangesAsync();
        });

    public Task<CrisisOutcome> MarkAsync(string userId, string chatId = ChatId) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<RegulatorClocks>().MarkAsync(chatId, Actor(userId), CancellationToken.None));

    public Task<CrisisOutcome> NotifiedAsync(string userId, string? reference) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<RegulatorClocks>().NotifiedAsync(ChatId, Actor(userId), reference, CancellationToken.None));

    public Task<CrisisOutcome> NotNotifiableAsync(string userId, string reason) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<RegulatorClocks>().NotNotifiableAsync(ChatId, Actor(userId), reason, CancellationToken.None));

    public Task<RegulatorClock?> ClockAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<RegulatorClock>().AsNoTracking().SingleOrDefaultAsync());

    public async Task<List<OutboxMessage>> RegulatorMessagesAsync() =>
        [.. (await _host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync()))
            .Where(m => m.IdempotencyKey.StartsWith($"crisis:{Incident}:regulator:", StringComparison.Ordinal))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.IdempotencyKey, StringComparer.Ordinal)];

    public async Task<List<ScheduledTimer>> PendingRegulatorTimersAsync() =>
        [.. (await _host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().AsNoTracking().ToListAsync()))
            .Where(t => t.Kind == RegulatorTimer.Kind && t.Status == TimerStatus.Scheduled)];

    public Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().GetEntriesAsync(RegulatorClocks.AuditEntity, Incident, CancellationToken.None));

    public Task<int> FireDueTimersAsync() => _host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None);

    /// <summary>Moves the clock to <paramref name="at"/> and fires what is due (twice: a firing may schedule one due at once).</summary>
    public async Task MoveToAsync(DateTimeOffset at)
    {
        Advance(at - Now);
        await FireDueTimersAsync();
        await FireDueTimersAsync();
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static ResolvedActor Actor(string userId) =>
        new(userId, DemoPeople.Responders.Concat([DemoPeople.Alex, DemoPeople.Oliver]).FirstOrDefault(p => p.Id == userId)?.Name ?? "Megan Bowen", null);
}
