using SecurityBot.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>
/// The real incident wiring (AddPersistence, AddDirectory on the shipped demo organisation and roles, AddIncidents)
/// on a test database with a manual clock. Background services are not started: tests fire timers themselves.
/// </summary>
internal sealed class IncidentTestHost : IAsyncDisposable
{
    private readonly PersistenceTestHost _host;

    private IncidentTestHost(PersistenceTestHost host, ManualTimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<IncidentTestHost> CreateAsync(TestDatabase database, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        // Monday 2026-03-02 10:00 UTC: inside business hours.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var config = new Dictionary<string, string?>
        {
            ["Roles:SecurityTeamGroupId"] = "fdb21d2b-b942-4979-86d9-38821e50ed72",
            ["Roles:RiskApproversGroupId"] = "12768902-8fef-45c1-860a-d7d93ac027f6",
            ["Roles:IncidentRespondersGroupId"] = "aa5a5e40-0867-464e-aa88-a88146382251",
            ["Roles:CsoUserId"] = DemoPeople.PriyaCso.Id,
            ["Roles:SecurityLeadUserId"] = DemoPeople.TomasLead.Id,
            ["Incidents:CorrelationWindow"] = "01:00:00",
            ["Incidents:CorrelationIgnoredDomains:0"] = "example.com",
            ["Incidents:ExecutiveTitleKeywords:0"] = "Chief",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var host = await PersistenceTestHost.CreateAsync(database, clock, config, s =>
        {
            s.AddDirectory();
            s.AddIncidents();
            services?.Invoke(s);
        });
        return new IncidentTestHost(host, clock);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => _host.InScopeAsync(work);

    public Task<ReportIncidentResult> ReportAsync(IncidentActor reporter, string category, string description, bool clicked = false,
        string? evidence = null, CardLocation? shown = null, string? submissionKey = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IIncidentService>().ReportAsync(
            new ReportIncidentRequest(reporter, category, description, null, null, evidence, clicked ? "true" : "false", shown, submissionKey), CancellationToken.None));

    public Task<TriageResult> TriageAsync(IncidentActor actor, long number, long version, TriageAction action, string? note = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IIncidentService>().TriageAsync(new TriageRequest(number, version, action, actor, note), CancellationToken.None));

    /// <summary>An action asked for by another capability, through <see cref="IIncidentActions"/> in its own scope.</summary>
    public Task<IncidentActionResult> ActAsync(IncidentActor actor, string number, IncidentCommand command, string? text = null, string? assigneeId = null,
        IncidentSeverity? severity = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IIncidentActions>().ActAsync(
            new IncidentActionRequest(number, command, actor.Id, actor.Name, text, assigneeId, severity), CancellationToken.None));

    public Task<Incident?> LoadAsync(long number) =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<Incident>().AsNoTracking()
            .Include(i => i.Timeline).Include(i => i.Reports).Include(i => i.Indicators)
            .SingleOrDefaultAsync(i => i.Number == number));

    public Task<List<OutboxMessage>> OutboxAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public Task<List<ScheduledTimer>> TimersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().AsNoTracking().ToListAsync());

    public Task<int> FireDueTimersAsync() => Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None);

    public async Task<int> CountAsync<T>()
        where T : class =>
        await InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<T>().CountAsync());

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
