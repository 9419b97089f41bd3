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
using SecurityBot.Incidents.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// The real crisis wiring (AddCrisisRooms on AddPersistence and AddDirectory with the demo organisation and roles)
/// on a test database and a manual clock, with incidents from <see cref="StoredIncidents"/>. Rooms are made open
/// through the domain (Graph is not part of these tests); timers are fired through the real TimerScheduler.
/// </summary>
internal sealed class ReviewTestHost : IAsyncDisposable
{
    public const string Number = "INC-000042";
    public const string ChatId = "19:crisis-000042@thread.v2";

    private readonly IncidentTestHost _host;

    private ReviewTestHost(IncidentTestHost host, StoredIncidents incidents)
    {
        _host = host;
        Incidents = incidents;
    }

    public StoredIncidents Incidents { get; }

    public DateTimeOffset Now => _host.Clock.GetUtcNow();

    /// <summary>A host on <paramref name="database"/>; <paramref name="connectorUrl"/> is a fake Teams connector the turns' replies may go to.</summary>
    public static async Task<ReviewTestHost> CreateAsync(TestDatabase database, string? connectorUrl = null)
    {
        var incidents = new StoredIncidents();
        var settings = connectorUrl is null ? null : new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = connectorUrl };
        var host = await IncidentTestHost.CreateAsync(database, settings, s =>
        {
            s.AddSingleton<IIncidentActions>(incidents);
            s.AddSingleton<ITeamsChats, NoGraphChats>();
            s.AddCrisisRooms();
            // The real connector client for the turns the card handlers get; these tests never send through it.
            s.AddBotConnector();
            s.AddScoped<PrivateReplies>();
        });
        return new ReviewTestHost(host, incidents);
    }

    public static IncidentSnapshot Incident(IncidentStage stage, DateTimeOffset at, string summary = "Phishing mail led to a stolen VPN password") =>
        new(Number, "Stolen VPN password", "phishing", IncidentSeverity.Critical, stage, summary, [DemoPeople.Alex.Id], DemoPeople.Jin.Id,
            DemoPeople.Jin.Id, at, stage == IncidentStage.Resolved ? at : null, stage == IncidentStage.Resolved ? "Password reset, MFA enforced" : null, 3);

    /// <summary>An open room for <see cref="Number"/> with Jin (responder), Tomas (lead) and Priya (CSO).</summary>
    public Task SeedOpenRoomAsync() =>
        _host.InScopeAsync(async sp =>
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
            return await db.SaveChangesAsync();
        });

    /// <summary>Tells the room its incident changed, as the incidents capability's observer call would (the room's timer, now).</summary>
    public Task ScheduleRoomRunAsync() =>
        _host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ITimerScheduler>().ScheduleAsync(CrisisRoom.EntityType, Number, "crisis.room", Now, null, CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    public Task<ReviewSaveOutcome> SaveAsync(IncidentActor actor, ReviewInput input) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<PostIncidentReviews>().SaveAsync(Number, Resolved(actor), input, CancellationToken.None));

    /// <summary>A press of an Action.Execute button by <paramref name="actor"/> in the room, through the real handler of the verb.</summary>
    public Task<AdaptiveCardInvokeResponse> PressAsync(IncidentActor actor, string verb, string dataJson) =>
        _host.InScopeAsync(async sp =>
        {
            var activity = RoomActivity(actor, ActivityTypes.Invoke, "https://smba.example.test/");
            activity.Name = "adaptiveCard/action";
            var turn = new TurnContext(activity, null, sp.GetRequiredService<IConnectorClient>());
            using var data = JsonDocument.Parse(dataJson);
            var context = new CardActionContext(turn, Actor.From(activity)!, verb, new CardActionData(data.RootElement.Clone()), "manual");
            var handler = sp.GetServices<ICardActionHandler>().Single(h => h.Verbs.Contains(verb));
            return await handler.HandleAsync(context, CancellationToken.None);
        });

    /// <summary>A message typed in the room ("@SecurityBot export"), through the real command of its verb; the turn's replies go to <paramref name="serviceUrl"/>.</summary>
    public Task TypeInRoomAsync(IncidentActor actor, string text, string serviceUrl) =>
        _host.InScopeAsync(async sp =>
        {
            var activity = RoomActivity(actor, ActivityTypes.Message, serviceUrl);
            activity.Id = "msg-" + Guid.NewGuid().ToString("N");
            activity.Text = text;
            var (verb, arguments) = CommandLine.Parse(text);
            var turn = new TurnContext(activity, null, sp.GetRequiredService<IConnectorClient>());
            var command = sp.GetServices<IChatCommand>().Single(c => c.Verbs.Contains(verb));
            await command.HandleAsync(new ChatCommandContext(turn, Actor.From(activity)!, verb, arguments), CancellationToken.None);
            return true;
        });

    public Task<FollowUpOutcome> DoneAsync(IncidentActor actor, int number) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<FollowUps>().MarkDoneAsync(Number, number, Resolved(actor), CancellationToken.None));

    public Task<(CrisisOutcome Outcome, string? Markdown)> ExportAsync(IncidentActor actor) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<ReviewExport>().ExportAsync(ChatId, actor.Id, CancellationToken.None));

    public Task<PostIncidentReview?> ReviewAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<PostIncidentReview>().AsNoTracking().Include(r => r.Actions)
            .SingleOrDefaultAsync(r => r.IncidentNumber == Number));

    public Task<List<AuditEntry>> ReviewAuditAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == PostIncidentReview.EntityType).OrderBy(a => a.Sequence).ToListAsync());

    public async Task<List<ScheduledTimer>> FollowUpTimersAsync() =>
        [.. (await _host.TimersAsync()).Where(t => t.Kind == FollowUpTimer.Kind).OrderBy(t => t.EntityId).ThenBy(t => t.CreatedAt)];

    public Task<List<OutboxMessage>> OutboxAsync() => _host.OutboxAsync();

    public async Task<int> FireDueTimersAsync()
    {
        // A handler that schedules its next run "now" is fired in the same call, as the scheduler's next poll would.
        var fired = 0;
        for (var round = 0; round < 10; round++)
        {
            var n = await _host.FireDueTimersAsync();
            if (n == 0)
            {
                break;
            }

            fired += n;
        }

        return fired;
    }

    public void Advance(TimeSpan by) => _host.Clock.Advance(by);

    public void AdvanceTo(DateTimeOffset at) => _host.Clock.Advance(at - Now);

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
}
