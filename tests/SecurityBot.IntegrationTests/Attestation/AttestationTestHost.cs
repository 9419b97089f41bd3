using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Attestation;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Policies;
using SecurityBot.Testing.Cards;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Attestation;

/// <summary>
/// One instance of the bot with what Program.cs wires for attestation: AddPersistence, AddDirectory on a local
/// directory file the test writes (<see cref="AttestationOrganisation"/>), AddBot, the real AddPolicies on the shipped
/// policy folder and AddAttestation, and the connector client. A test database, a manual clock, and a fault that can
/// be armed at a fan-out batch's commit. A second host on the same database and clock is a restart (with the
/// directory file as it is then). Hosted services are not started: tests fire timers themselves.
/// </summary>
internal sealed class AttestationTestHost : IAsyncDisposable
{
    public const string Policy = "acceptable-use";

    // Monday 2026-03-02 10:00 UTC; the campaigns are due on Friday 13 March.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Due = new(2026, 3, 13);

    private readonly PersistenceTestHost _host;

    private AttestationTestHost(PersistenceTestHost host, ManualTimeProvider clock, FanOutCommitFault fault, ProgressCommitGate gate)
    {
        _host = host;
        Clock = clock;
        Fault = fault;
        ProgressGate = gate;
    }

    public ManualTimeProvider Clock { get; }

    public FanOutCommitFault Fault { get; }

    public ProgressCommitGate ProgressGate { get; }

    public IServiceProvider Services => _host.Services;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A host on <paramref name="database"/> reading <paramref name="directoryFile"/>; Attestation:BatchSize 10 and no pause between batches unless <paramref name="settings"/> say otherwise.</summary>
    public static async Task<AttestationTestHost> CreateAsync(TestDatabase database, string directoryFile, ManualTimeProvider? clock = null,
        IDictionary<string, string?>? settings = null)
    {
        clock ??= new ManualTimeProvider(Start);
        var config = new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Local",
            ["Directory:LocalFile"] = directoryFile,
            ["Directory:Cache:Enabled"] = "false",
            ["Policies:Folder"] = Path.Combine(RepositoryRoot.Find(), "src", "SecurityBot", "policies"),
            ["Policies:WatchForChanges"] = "false",
            ["Roles:SecurityTeamGroupId"] = AttestationOrganisation.SecurityTeamGroup,
            ["Roles:RiskApproversGroupId"] = AttestationOrganisation.RiskApproversGroup,
            ["Roles:CsoUserId"] = DemoPeople.PriyaCso.Id,
            ["Roles:SecurityLeadUserId"] = DemoPeople.TomasLead.Id,
            ["Attestation:BatchSize"] = "10",
            // Batches follow each other at once here; the pause itself has its own test.
            ["Attestation:BatchPauseMilliseconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var fault = new FanOutCommitFault();
        var gate = new ProgressCommitGate();
        var host = await PersistenceTestHost.CreateAsync(database, clock, config, s =>
        {
            s.AddDirectory();
            s.AddBot();
            s.AddPolicies();
            s.AddAttestation();
            s.AddBotConnector();
            s.ConfigureDbContext<SecurityBotDbContext>((_, options) => options.AddInterceptors(fault, gate));
        });
        return new AttestationTestHost(host, clock, fault, gate);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => _host.InScopeAsync(work);

    public static ResolvedActor Actor(string id, string name = "Someone") => new(id, name, null);

    public static ResolvedActor Tomas => Actor(DemoPeople.TomasLead.Id, DemoPeople.TomasLead.Name);

    public Task<CampaignOutcome> DraftAsync(ResolvedActor actor, string audienceValue, AudienceKind kind = AudienceKind.Group, DateOnly? due = null, string? message = null) =>
        InScopeAsync(sp => sp.GetRequiredService<CampaignDrafts>().DraftAsync(actor, new CampaignRequest(Policy, kind, audienceValue, due ?? Due, message), CancellationToken.None));

    public Task<CampaignOutcome> StartAsync(ResolvedActor actor, int number) =>
        InScopeAsync(sp => sp.GetRequiredService<CampaignStarts>().StartAsync(number, actor, null, CancellationToken.None));

    /// <summary>Tomas drafts a campaign to <paramref name="group"/> and sends it; the cards are not out until the timers fire.</summary>
    public async Task<int> SendAsync(string group = AttestationOrganisation.StaffGroup)
    {
        var draft = await DraftAsync(Tomas, group);
        draft.Succeeded.Should().BeTrue(draft.Message + string.Join("; ", draft.Errors?.Select(e => e.Message) ?? []));
        var started = await StartAsync(Tomas, draft.Campaign!.Number);
        started.Succeeded.Should().BeTrue(started.Message);
        return draft.Campaign.Number;
    }

    public Task<AcceptOutcome> AcceptAsync(int number, string userId) =>
        InScopeAsync(sp => sp.GetRequiredService<Acceptances>().AcceptAsync(number, Actor(userId), null, CancellationToken.None));

    /// <summary>A press of an Action.Execute button by <paramref name="userId"/> in their chat with the bot, through the real handler of the verb.</summary>
    public Task<AdaptiveCardInvokeResponse> PressAsync(string userId, string verb, string dataJson) =>
        InScopeAsync(async sp =>
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Invoke,
                Name = "adaptiveCard/action",
                From = new ChannelAccount { Id = "29:" + userId, AadObjectId = userId, Name = "Someone" },
                Recipient = new ChannelAccount { Id = "28:securitybot", Name = "SecurityBot" },
                Conversation = new ConversationAccount { Id = "a:" + userId, ConversationType = "personal" },
                ServiceUrl = "https://smba.example.test/",
            };
            var turn = new TurnContext(activity, null, sp.GetRequiredService<IConnectorClient>());
            using var data = JsonDocument.Parse(dataJson);
            var context = new CardActionContext(turn, SecurityBot.Platform.Chat.Actor.From(activity)!, verb, new CardActionData(data.RootElement.Clone()), "manual");
            var handler = sp.GetServices<ICardActionHandler>().Single(h => h.Verbs.Contains(verb));
            return await handler.HandleAsync(context, CancellationToken.None);
        });

    public Task<AttestationCampaign> CampaignAsync(int number) =>
        InScopeAsync(async sp => (await sp.GetRequiredService<AttestationStore>().ReadAsync(number, CancellationToken.None))!);

    public Task<AttestationCampaign?> FindCampaignAsync(int number) =>
        InScopeAsync(sp => sp.GetRequiredService<AttestationStore>().ReadAsync(number, CancellationToken.None));

    public Task<List<AudienceMember>> MembersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AudienceMember>().AsNoTracking().ToListAsync());

    public Task<List<PolicyAcceptance>> AcceptancesAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<PolicyAcceptance>().AsNoTracking().ToListAsync());

    public Task<List<AuditEntry>> AuditAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).ToListAsync());

    public Task<List<OutboxMessage>> OutboxAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    /// <summary>The outbox rows of campaign <paramref name="number"/> whose key says <paramref name="occasion"/> ("ask", "remind:20260310", "manager-notice").</summary>
    public async Task<List<OutboxMessage>> CardsAsync(int number, string occasion) =>
        [.. (await OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith($"attest:{number}:{occasion}:", StringComparison.Ordinal))];

    public Task<List<ScheduledTimer>> TimersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().AsNoTracking().ToListAsync());

    public async Task<List<ScheduledTimer>> PendingAsync(string kind) =>
        [.. (await TimersAsync()).Where(t => t.Kind == kind && t.Status == TimerStatus.Scheduled)];

    /// <summary>Schedules a timer of the campaign now, as another instance or a replay would, in its own unit of work.</summary>
    public Task ScheduleNowAsync(int number, string kind) =>
        InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ITimerScheduler>().ScheduleAsync(AttestationTimers.EntityType, number.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, Now, null, CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    /// <summary>Fires what is due; a handler that schedules its next run "now" is fired in the same call, as the scheduler's next poll would.</summary>
    public async Task<int> FireDueTimersAsync()
    {
        var fired = 0;
        for (var round = 0; round < 20; round++)
        {
            var n = await Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None);
            if (n == 0)
            {
                break;
            }

            fired += n;
        }

        return fired;
    }

    public void AdvanceTo(DateTimeOffset at) => Clock.Advance(at - Now);

    /// <summary>Moves the clock to <paramref name="at"/> and fires what is due.</summary>
    public async Task MoveToAsync(DateTimeOffset at)
    {
        AdvanceTo(at);
        await FireDueTimersAsync();
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
