using System.Net;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Files;
using SecurityBot.Testing.Logging;
using SecurityBot.Testing.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests;

/// <summary>
/// The one way functional tests run SecurityBot: the real host (WebApplicationFactory) with its shipped
/// configuration, an empty database of its own (SQLite or PostgreSQL, through <see cref="TestDatabase"/>), a
/// real-HTTP fake connector, and optionally a clock, a captured log and authentication against a local token issuer.
/// Tests speak to it as Teams does: real activity JSON posted to /api/messages. Capability helpers are extensions in
/// the capability's folder.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);
    private readonly TestDatabase _database;
    private readonly SecurityBotFactory _factory;

    private BotHarness(FakeConnectorServer connector, TestDatabase database, FakeTokenIssuer? issuer, SecurityBotFactory factory, CapturingLoggerProvider logs)
    {
        Connector = connector;
        Logs = logs;
        _database = database;
        Issuer = issuer;
        _factory = factory;
        Activities = new TeamsActivities(connector.ServiceUrl, botId: issuer?.ClientId ?? TeamsActivities.DefaultBotId);
        // One valid channel token for the connector's serviceUrl; a post to another serviceUrl is (rightly) refused with 401.
        ChannelToken = issuer?.ChannelTokens.Create(issuer.DefaultKey, issuer.ClientId, connector.ServiceUrl);
        // Starts the host: a host that refuses its settings throws here, with the reason.
        _ = factory.Services;
        Client = factory.CreateClient();
    }

    public FakeConnectorServer Connector { get; }

    /// <summary>The local token issuer, when the harness was started with authentication on.</summary>
    public FakeTokenIssuer? Issuer { get; }

    /// <summary>A valid channel token when authentication is on (the person helpers send it), else null.</summary>
    public string? ChannelToken { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// What the host logged: everything from the test's chosen level when it passed a capture, else warnings and
    /// errors, so a failed turn's assertion can say why (<see cref="Failures"/>).
    /// </summary>
    public CapturingLoggerProvider Logs { get; }

    /// <summary>The errors the host logged so far, one per line with the exception: the reason a turn answered 500.</summary>
    public string Failures => string.Join(Environment.NewLine, Logs.Entries.Where(e => e.Level >= LogLevel.Error));

    public TeamsActivities Activities { get; }

    public IServiceProvider Services => _factory.Services;

    public DatabaseProvider Provider => _database.Provider;

    /// <summary>
    /// Starts the host. <paramref name="authenticatedAs"/> turns authentication on, configured only through the
    /// documented settings, against a local token issuer for that app id (the harness owns and stops it).
    /// <paramref name="uploads"/> (owned by the test) is the OneDrive whose certificate file uploads trust.
    /// </summary>
    public static async Task<BotHarness> StartAsync(
        DatabaseProvider database = DatabaseProvider.Sqlite,
        IReadOnlyDictionary<string, string?>? settings = null,
        string environment = "Development",
        TimeProvider? clock = null,
        CapturingLoggerProvider? logs = null,
        LogLevel logsFrom = LogLevel.Trace,
        string? authenticatedAs = null,
        GraphOrganisation? graph = null,
        FakeUploadServer? uploads = null)
    {
        var connector = await FakeConnectorServer.StartAsync();
        TestDatabase? db = null;
        FakeTokenIssuer? issuer = null;
        SecurityBotFactory? factory = null;
        try
        {
            db = await TestDatabase.CreateAsync(database);
            if (authenticatedAs is not null)
            {
                issuer = await FakeTokenIssuer.StartAsync();
                issuer.ClientId = authenticatedAs;
            }

            // Without a capture of the test's own, warnings and errors are still kept: a 500 then names its exception.
            var capture = logs ?? new CapturingLoggerProvider();
            var all = graph is null ? settings : graph.HostSettings(connector.ServiceUrl, settings);
            factory = new SecurityBotFactory(Settings(db, issuer, all), environment, clock, capture, logs is null ? LogLevel.Warning : logsFrom, issuer, graph, uploads);
            return new BotHarness(connector, db, issuer, factory, capture);
        }
        catch (Exception startFailure)
        {
            // A host that refused to start (StartupTests) leaves nothing behind either. Cleaning up after a failed
            // start must not hide why it failed: a cleanup error travels with the start failure, never instead of it.
            var cleanup = new List<Exception>();
            await HarnessCleanup.RunAsync(cleanup, factory is null ? null : factory.DisposeAsync);
            await HarnessCleanup.RunAsync(cleanup, connector.DisposeAsync);
            await HarnessCleanup.RunAsync(cleanup, db is null ? null : db.DisposeAsync);
            await HarnessCleanup.RunAsync(cleanup, issuer is null ? null : issuer.DisposeAsync);
            // The host's own reason, when the deferred host lost it to its disposed services (StartFailureRecorder).
            var reason = startFailure is ObjectDisposedException && factory?.StartFailure is { } logged ? logged : startFailure;
            if (cleanup.Count == 0)
            {
                ExceptionDispatchInfo.Throw(reason);
            }

            throw new AggregateException([reason, .. cleanup]);
        }
    }

    public Task<HttpResponseMessage> PostAsync(string activityJson, string? bearerToken = null, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activityJson, Encoding.UTF8, "application/json") };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return SendAsync(request, cancellationToken);
    }

    /// <summary>A personal-chat message from <paramref name="who"/>, in their own 1:1 chat.</summary>
    public Task<HttpResponseMessage> SayAsync(Person who, string text) => PostAsync(Sent(who, Activities.Message(text)), ChannelToken);

    /// <summary>"@SecurityBot <paramref name="text"/>" from <paramref name="who"/> in a team channel.</summary>
    public Task<HttpResponseMessage> SayInChannelAsync(Person who, string text) => PostAsync(Sent(who, Activities.ChannelMessage(text)), ChannelToken);

    /// <summary>"@SecurityBot <paramref name="text"/>" from <paramref name="who"/> in a group chat.</summary>
    public Task<HttpResponseMessage> SayInGroupChatAsync(Person who, string text) => PostAsync(Sent(who, Activities.GroupChatMessage(text)), ChannelToken);

    /// <summary>An Action.Execute press by <paramref name="who"/> in their 1:1 chat; the invoke response body.</summary>
    public async Task<JsonElement> PressAsync(Person who, string verb, object data, string? cardId = null, string? activityId = null)
    {
        using var doc = JsonDocument.Parse(await PressRawAsync(who, verb, data, cardId, activityId));
        return doc.RootElement.Clone();
    }

    /// <summary>
    /// An Action.Execute press, answered with HTTP 200; the invoke response body as sent. <paramref name="cardId"/> is
    /// the message the pressed card is (Teams' replyToId: the same for every press on one card), <paramref name="activityId"/>
    /// the invoke's own id (a redelivery repeats it, a second press does not).
    /// </summary>
    public async Task<string> PressRawAsync(Person who, string verb, object data, string? cardId = null, string? activityId = null)
    {
        using var response = await PostAsync(CardAction(who, verb, data, cardId, activityId), ChannelToken);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0}{1}{2}", body, Environment.NewLine, Failures);
        return body;
    }

    /// <summary>The activity JSON of a press (see <see cref="PressRawAsync"/>), for tests that post it themselves.</summary>
    public string CardAction(Person who, string verb, object data, string? cardId = null, string? activityId = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        var json = who.Sends(Activities.CardAction(verb, data));
        if (cardId is not null)
        {
            json = json.Replace("\"1:1card-message-id\"", JsonSerializer.Serialize(cardId), StringComparison.Ordinal);
        }

        return activityId is null ? json : json.Replace("\"f:invoke-1\"", JsonSerializer.Serialize(activityId), StringComparison.Ordinal);
    }

    /// <summary>Waits (bounded) until the connector has received at least <paramref name="count"/> messages; returns them.</summary>
    public async Task<IReadOnlyList<PostedActivity>> WaitForPostedAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (Connector.Posted.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return Connector.Posted;
    }

    /// <summary>
    /// Waits (bounded) for a condition on what the fake connector received. A manual <paramref name="clock"/> only
    /// moves when told: it is nudged so the outbox dispatcher's poll delay elapses.
    /// </summary>
    public async Task<bool> EventuallyAsync(Func<FakeConnectorServer, bool> condition, ManualTimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + DefaultWait;
        while (!condition(Connector) && DateTime.UtcNow < deadline)
        {
            clock?.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(25);
        }

        return condition(Connector);
    }

    /// <summary>Waits (bounded) until the outbox has nothing left to deliver, so assertions do not race the dispatcher.</summary>
    public async Task WaitForOutboxDrainedAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (DateTime.UtcNow < deadline && await WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Pending)))
        {
            await Task.Delay(25);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<SecurityBotDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>());
    }

    public Task<List<OutboxMessage>> OutboxAsync() => WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());

    public Task<int> StoredReferenceCountAsync() => WithDbAsync(db => db.Set<ConversationReferenceRecord>().CountAsync());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        await Connector.DisposeAsync();
        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await Client.SendAsync(request, cancellationToken);
        }
    }

    private static string Sent(Person who, string activityJson)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.Sends(activityJson);
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, FakeTokenIssuer? issuer, IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:PollIntervalMilliseconds"] = "50",
            ["Timers:PollIntervalMilliseconds"] = "50",
            // Each host would hold an inotify instance on the shipped policies; the reload path has its own tests.
            ["Policies:WatchForChanges"] = "false",
        };
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL);
            settings["ConnectionStrings:" + DatabaseConnection.ConnectionStringName] = database.ConnectionString;
        }
        else
        {
            // The shipped SQLite path (a file under Database:DataDirectory), in the test database's own folder.
            settings["Database:DataDirectory"] = Path.GetDirectoryName(database.SqliteFile);
        }

        if (issuer is not null)
        {
            settings["MicrosoftAppType"] = "MultiTenant";
            settings["MicrosoftAppId"] = issuer.ClientId;
            settings["MicrosoftAppPassword"] = issuer.ClientSecret;
            settings["BotOpenIdMetadata"] = issuer.OpenIdMetadataUrl;
            settings["ToChannelFromBotLoginUrl"] = issuer.LoginUrl;
            settings["ValidateAuthority"] = "false";
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
