using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Crisis;
using SecurityBot.Crisis.Application;
using SecurityBot.Crisis.Domain;
using SecurityBot.Incidents;
using SecurityBot.Incidents.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// One instance of the bot with what Program.cs wires for crisis rooms: AddPersistence, AddDirectory on the shipped
/// demo organisation (Directory:Provider Local, so Teams chats answer 501: rooms are made open through the domain),
/// AddBot, the real AddIncidents and AddCrisisRooms, and the connector client (the fake Teams connector is the process
/// boundary). A test database and a manual clock; a second host on the same database is a restart. Hosted services are
/// not started: tests fire timers themselves.
/// </summary>
internal sealed class CrisisTestHost : IAsyncDisposable
{
    /// <summary>The incident of the room: the first one reported on a fresh test database.</summary>
    public const string Number = "INC-000001";
    public const string ChatId = "19:crisis-000001@thread.v2";
    public const string Dpo = DemoPeople.MeganManager;
    public const string Summary = "Phishing mail led to a stolen VPN password";

    // Monday 2026-03-02 10:00 UTC, inside business hours, as the other capability hosts.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly PersistenceTestHost _host;

    private CrisisTestHost(PersistenceTestHost host, ManualTimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _host.Services;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A host on <paramref name="database"/>, <paramref name="later"/> after <see cref="Start"/>; <paramref name="connectorUrl"/> is a fake Teams connector turns may answer to.</summary>
    public static async Task<CrisisTestHost> CreateAsync(TestDatabase database, TimeSpan later = default, IDictionary<string, string?>? settings = null,
        string? connectorUrl = null)
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
        if (connectorUrl is not null)
        {
            // The fake listens on http loopback: trusted only because configuration says so, as in a local deployment.
            config["Bot:TrustedServiceUrls:0"] = connectorUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var host = await PersistenceTestHost.CreateAsync(database, clock, config, s =>
        {
            s.AddDirectory();
            s.AddBot();
            s.AddIncidents();
            s.AddCrisisRooms();
            s.AddBotConnector();
        });
        return new CrisisTestHost(host, clock);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => _host.InScopeAsync(work);

    /// <summary>Alex reports the incident through the incidents capability; on a fresh database it is <see cref="Number"/>.</summary>
    public async Task ReportIncidentAsync()
    {
        var result = await InScopeAsync(sp => sp.GetRequiredService<IIncidentService>().ReportAsync(
            new ReportIncidentRequest(DemoPeople.Alex, "phishing", Summary, null, null, null, "false", null, null), CancellationToken.None));
        result.Incident!.DisplayNumber.Should().Be(Number, "the room's incident is the first one on a fresh test database");
    }

    /// <summary>
    /// A real incident and an open crisis room for it with Jin (responder), Tomas (lead) and Priya (CSO), as the room's
    /// timer leaves it once Graph made the chat.
    /// </summary>
    public async Task OpenRoomAsync()
    {
        await ReportIncidentAsync();
        await _host.InScopeAsync(async sp =>
        {
            var now = Now;
            var room = CrisisRoom.Declare(Number, "Stolen VPN password", (DemoPeople.TomasLead.Id, DemoPeople.TomasLead.Name), now);
            room.AddMember(DemoPeople.Jin.Id, DemoPeople.Jin.Name, CrisisMemberRole.Responder, null, now);
            room.AddMember(DemoPeople.TomasLead.Id, DemoPeople.TomasLead.Name, CrisisMemberRole.SecurityLead, null, now);
            room.AddMember(DemoPeople.PriyaCso.Id, DemoPeople.PriyaCso.Name, CrisisMemberRole.Cso, null, now);
            room.ChatCreated(ChatId, now);
            room.BotInstalled("https://smba.example.test/", now);
            room.Opened(TimeSpan.FromHours(1), now);
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(room);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>An action on the incident through <see cref="IIncidentActions"/>, as the room's chat asks for it.</summary>
    public async Task ActAsync(IncidentActor actor, IncidentCommand command, string? text = null)
    {
        var result = await InScopeAsync(sp => sp.GetRequiredService<IIncidentActions>().ActAsync(
            new IncidentActionRequest(Number, command, actor.Id, actor.Name, text, null, null), CancellationToken.None));
        result.Status.Should().Be(UseCaseStatus.Succeeded, result.Message);
    }

    /// <summary>The security lead resolves the incident for real.</summary>
    public Task ResolveIncidentAsync() => ActAsync(DemoPeople.TomasLead, IncidentCommand.Resolve, "Password reset, MFA enforced");

    /// <summary>Tells the room its incident changed, as the incidents capability's observer call would (the room's timer, now).</summary>
    public Task ScheduleRoomRunAsync() =>
        InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ITimerScheduler>().ScheduleAsync(CrisisRoom.EntityType, Number, "crisis.room", Now, null, CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    public Task<CrisisOutcome> MarkAsync(string userId, string chatId = ChatId) =>
        InScopeAsync(sp => sp.GetRequiredService<RegulatorClocks>().MarkAsync(chatId, Person(userId), CancellationToken.None));

    public Task<CrisisOutcome> NotifiedAsync(string userId, string? reference) =>
        InScopeAsync(sp => sp.GetRequiredService<RegulatorClocks>().NotifiedAsync(ChatId, Person(userId), reference, CancellationToken.None));

    public Task<CrisisOutcome> NotNotifiableAsync(string userId, string reason) =>
        InScopeAsync(sp => sp.GetRequiredService<RegulatorClocks>().NotNotifiableAsync(ChatId, Person(userId), reason, CancellationToken.None));

    public Task<RegulatorClock?> ClockAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<RegulatorClock>().AsNoTracking().SingleOrDefaultAsync());

    public async Task<List<OutboxMessage>> RegulatorMessagesAsync() =>
        [.. (await OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith($"crisis:{Number}:regulator:", StringComparison.Ordinal))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.IdempotencyKey, StringComparer.Ordinal)];

    public async Task<List<ScheduledTimer>> PendingRegulatorTimersAsync() =>
        [.. (await TimersAsync()).Where(t => t.Kind == RegulatorTimer.Kind && t.Status == TimerStatus.Scheduled)];

    public Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().GetEntriesAsync(RegulatorClocks.AuditEntity, Number, CancellationToken.None));

    public Task<ReviewSaveOutcome> SaveAsync(IncidentActor actor, ReviewInput input) =>
        InScopeAsync(sp => sp.GetRequiredService<PostIncidentReviews>().SaveAsync(Number, Resolved(actor), input, CancellationToken.None));

    public Task<FollowUpOutcome> DoneAsync(IncidentActor actor, int number) =>
        InScopeAsync(sp => sp.GetRequiredService<FollowUps>().MarkDoneAsync(Number, number, Resolved(actor), CancellationToken.None));

    public Task<(CrisisOutcome Outcome, string? Markdown)> ExportAsync(IncidentActor actor) =>
        InScopeAsync(sp => sp.GetRequiredService<ReviewExport>().ExportAsync(ChatId, actor.Id, CancellationToken.None));

    public Task<PostIncidentReview?> ReviewAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<PostIncidentReview>().AsNoTracking().Include(r => r.Actions)
            .SingleOrDefaultAsync(r => r.IncidentNumber == Number));

    public Task<List<AuditEntry>> ReviewAuditAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == PostIncidentReview.EntityType).OrderBy(a => a.Sequence).ToListAsync());

    public async Task<List<ScheduledTimer>> FollowUpTimersAsync() =>
        [.. (await TimersAsync()).Where(t => t.Kind == FollowUpTimer.Kind).OrderBy(t => t.EntityId).ThenBy(t => t.CreatedAt)];

    /// <summary>A press of an Action.Execute button by <paramref name="actor"/> in the room, through the real handler of the verb.</summary>
    public Task<AdaptiveCardInvokeResponse> PressAsync(IncidentActor actor, string verb, string dataJson) =>
        InScopeAsync(async sp =>
        {
            var activity = RoomActivity(actor, ActivityTypes.Invoke, "https://smba.example.test/");
            activity.Name = "adaptiveCard/action";
            var turn = new TurnContext(activity, null, sp.GetRequiredService<IConnectorClient>());
            using var data = JsonDocument.Parse(dataJson);
            var context = new CardActionContext(turn, Actor.From(activity)!, verb, new CardActionData(data.RootElement.Clone()), "manual");
            var handler = sp.GetServices<ICardActionHandler>().Single(h => h.Verbs.Contains(verb));
            return await handler.HandleAsync(context, CancellationToken.None);
        });

    /// <summary>A message typed in the room ("@SecurityBot export"); the turn's replies go to <paramref name="serviceUrl"/>.</summary>
    public Task TypeInRoomAsync(IncidentActor actor, string text, string serviceUrl)
    {
        var activity = RoomActivity(actor, ActivityTypes.Message, serviceUrl);
        activity.Id = "msg-" + Guid.NewGuid().ToString("N");
        activity.Text = text;
        return RunCommandAsync(activity);
    }

    /// <summary>A typed message, through the real command of its verb, on a turn whose connector client is the host's.</summary>
    public Task RunCommandAsync(Activity activity) =>
        InScopeAsync(async sp =>
        {
            var (verb, arguments) = CommandLine.Parse(activity.Text);
            var turn = new TurnContext(activity, null, sp.GetRequiredService<IConnectorClient>());
            var command = sp.GetServices<IChatCommand>().Single(c => c.Verbs.Contains(verb));
            await command.HandleAsync(new ChatCommandContext(turn, Actor.From(activity)!, verb, arguments), CancellationToken.None);
            return true;
        });

    public Task<List<OutboxMessage>> OutboxAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public Task<List<ScheduledTimer>> TimersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().AsNoTracking().ToListAsync());

    /// <summary>Fires what is due; a handler that schedules its next run "now" is fired in the same call, as the scheduler's next poll would.</summary>
    public async Task<int> FireDueTimersAsync()
    {
        var fired = 0;
        for (var round = 0; round < 10; round++)
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

    public void Advance(TimeSpan by) => Clock.Advance(by);

    public void AdvanceTo(DateTimeOffset at) => Clock.Advance(at - Now);

    /// <summary>Moves the clock to <paramref name="at"/> and fires what is due.</summary>
    public async Task MoveToAsync(DateTimeOffset at)
    {
        AdvanceTo(at);
        await FireDueTimersAsync();
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static Activity RoomActivity(IncidentActor actor, string type, string serviceUrl) => new()
    {
        Type = type,
        From = new ChannelAccount { Id = "29:" + actor.Id, AadObjectId = actor.Id, Name = actor.Name },
        Recipient = new ChannelAccount { Id = "28:securitybot", Name = "SecurityBot" },
        Conversation = new ConversationAccount { Id = ChatId, ConversationType = "groupChat", IsGroup = true },
        ServiceUrl = serviceUrl,
    };

    private static ResolvedActor Resolved(IncidentActor actor) => new(actor.Id, actor.Name, null);

    private static ResolvedActor Person(string userId) =>
        new(userId, DemoPeople.Responders.Concat([DemoPeople.Alex, DemoPeople.Oliver]).FirstOrDefault(p => p.Id == userId)?.Name ?? "Megan Bowen", null);
}
