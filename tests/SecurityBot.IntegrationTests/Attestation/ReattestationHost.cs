using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Attestation;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Policies;
using SecurityBot.Policies.Library;
using SecurityBot.Testing.Logging;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Attestation;

/// <summary>
/// One bot instance with what Program.cs wires for attestation (AddPersistence, AddDirectory on the shipped demo
/// organisation, AddBot, the real AddPolicies on a policy folder of the test's own, AddAttestation), a test database
/// and a manual clock. A second host on the same database and folder is a second instance. Hosted services are not
/// started: tests run the version check, the watcher and the timers themselves.
/// </summary>
internal sealed class ReattestationHost : IAsyncDisposable
{
    public const string TomasLead = "0d4600df-edcf-4c5a-8700-cc2361eebecd";
    public const string Alex = "00000000-0000-0000-0000-0000000000020";
    public const int VersionCheckSeconds = 60;

    // Monday 2026-03-02 10:00 UTC.
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly PersistenceTestHost _host;

    private ReattestationHost(PersistenceTestHost host, ManualTimeProvider clock, CapturingLoggerProvider logs)
    {
        _host = host;
        Clock = clock;
        Logs = logs;
    }

    public ManualTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>A temp policy folder holding the shipped acceptable-use and encryption policies.</summary>
    public static string NewPolicyFolder()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("securitybot-policies-").FullName;
        foreach (var id in new[] { "acceptable-use", "encryption" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "policies", id + ".md"), Path.Combine(folder, id + ".md"));
        }

        return folder;
    }

    public static async Task<ReattestationHost> CreateAsync(TestDatabase database, string policyFolder)
    {
        var clock = new ManualTimeProvider(Start);
        var logs = new CapturingLoggerProvider();
        var config = new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Local",
            ["Directory:LocalFile"] = Path.Combine(AppContext.BaseDirectory, "directory", "demo-organisation.json"),
            ["Roles:SecurityTeamGroupId"] = "fdb21d2b-b942-4979-86d9-38821e50ed72",
            ["Roles:RiskApproversGroupId"] = "12768902-8fef-45c1-860a-d7d93ac027f6",
            ["Roles:CsoUserId"] = "76ca3146-8f27-404b-bb5a-a24850a45b81",
            ["Roles:SecurityLeadUserId"] = TomasLead,
            ["Policies:Folder"] = policyFolder,
            ["Policies:WatchForChanges"] = "false",
            ["Attestation:VersionCheckSeconds"] = VersionCheckSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var host = await PersistenceTestHost.CreateAsync(database, clock, config, s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.AddDirectory();
            s.AddBot();
            s.AddPolicies();
            s.AddAttestation();
            s.AddBotConnector();
        });
        return new ReattestationHost(host, clock, logs);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => _host.InScopeAsync(work);

    /// <summary>
    /// Rewrites a policy file with a new version (the front matter's version line) and <paramref name="edit"/>
    /// applied to its text, then reloads the library as the folder watcher does after a change.
    /// </summary>
    public static void RewritePolicy(string folder, string id, string from, string to, Func<string, string>? edit = null)
    {
        var file = Path.Combine(folder, id + ".md");
        var text = File.ReadAllText(file);
        text.Should().Contain($"version: \"{from}\"");
        text = text.Replace($"version: \"{from}\"", $"version: \"{to}\"", StringComparison.Ordinal);
        File.WriteAllText(file, edit is null ? text : edit(text));
    }

    public void ReloadPolicies() => Services.GetRequiredService<PolicyLibrary>().Reload().Errors.Should().BeEmpty();

    /// <summary>Tomas drafts and sends a campaign for <paramref name="policy"/> to the Finance department, and the cards go out.</summary>
    public async Task<AttestationCampaign> SendCampaignAsync(string policy = "acceptable-use", int? reattest = null, string? message = null)
    {
        var drafted = await DraftAsync(new CampaignRequest(policy, AudienceKind.Department, "Finance", Today.AddDays(10), message, reattest));
        drafted.Succeeded.Should().BeTrue(drafted.Message + string.Join("; ", drafted.Errors?.Select(e => e.Message) ?? []));
        var started = await InScopeAsync(sp => sp.GetRequiredService<CampaignStarts>().StartAsync(drafted.Campaign!.Number, Tomas, null, CancellationToken.None));
        started.Succeeded.Should().BeTrue(started.Message);
        await FireDueTimersAsync();
        return started.Campaign!;
    }

    public Task<CampaignOutcome> DraftAsync(CampaignRequest request) =>
        InScopeAsync(sp => sp.GetRequiredService<CampaignDrafts>().DraftAsync(Tomas, request, CancellationToken.None));

    public static ResolvedActor Tomas => new(TomasLead, "Tomas Herrera", null);

    /// <summary>One version check, as the watcher runs it each period.</summary>
    public Task<int> CheckVersionsAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<ReattestationChecks>().CheckAsync(CancellationToken.None));

    public Task<List<ReattestationOffer>> OffersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ReattestationOffer>().AsNoTracking().ToListAsync());

    public Task<List<OutboxMessage>> OutboxAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    /// <summary>The offer cards queued (the outbox rows whose key names a re-attestation offer).</summary>
    public async Task<List<OutboxMessage>> OfferMessagesAsync() =>
        [.. (await OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith("attest:reattest:", StringComparison.Ordinal))];

    public Task<int> ExecuteSqlAsync(string sql) =>
        InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Database.ExecuteSqlRawAsync(sql));

    /// <summary>A press of an Action.Execute button by <paramref name="userId"/> in their 1:1 chat, through the real handler of the verb.</summary>
    public Task<AdaptiveCardInvokeResponse> PressAsync(string userId, string verb, string dataJson) =>
        InScopeAsync(async sp =>
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Invoke,
                Name = "adaptiveCard/action",
                From = new ChannelAccount { Id = "29:" + userId, AadObjectId = userId, Name = userId == TomasLead ? "Tomas Herrera" : "Alex Wilber" },
                Recipient = new ChannelAccount { Id = "28:securitybot", Name = "SecurityBot" },
                Conversation = new ConversationAccount { Id = "a:personal-" + userId, ConversationType = "personal" },
                ServiceUrl = "https://smba.example.test/",
            };
            var turn = new TurnContext(activity, null, sp.GetRequiredService<IConnectorClient>());
            using var data = JsonDocument.Parse(dataJson);
            var context = new CardActionContext(turn, Actor.From(activity)!, verb, new CardActionData(data.RootElement.Clone()), "manual");
            var handler = sp.GetServices<ICardActionHandler>().Single(h => h.Verbs.Contains(verb));
            return await handler.HandleAsync(context, CancellationToken.None);
        });

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

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
