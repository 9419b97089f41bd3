using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests.Incidents;

/// <summary>
/// SecurityBot in memory with its shipped configuration (demo organisation, roles, routing, Incidents section), a
/// real-HTTP fake connector, and optionally a manual clock so escalations can be driven by moving time.
/// </summary>
internal sealed class IncidentBot : IAsyncDisposable
{
    private readonly SecurityBotFactory _root;
    private readonly WebApplicationFactory<Program> _factory;

    private IncidentBot(FakeConnectorServer connector, SecurityBotFactory root, ManualTimeProvider? clock)
    {
        Connector = connector;
        _root = root;
        _factory = clock is null ? root : root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        Client = _factory.CreateClient();
        Activities = new TeamsActivities(connector.ServiceUrl);
    }

    public FakeConnectorServer Connector { get; }

    public HttpClient Client { get; }

    public TeamsActivities Activities { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<IncidentBot> StartAsync(ManualTimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connector = await FakeConnectorServer.StartAsync();
        return new IncidentBot(connector, new SecurityBotFactory(settings), clock);
    }

    /// <summary>A personal-chat message from Alex Wilber (an employee of the demo organisation).</summary>
    public Task<HttpResponseMessage> SayAsync(string text) => BotEndpoint.PostAsync(Client, Activities.Message(text));

    /// <summary>A personal-chat message from <paramref name="who"/>, in their own 1:1 chat (<see cref="Person.Conversation"/>).</summary>
    public Task<HttpResponseMessage> SayAsync(Person who, string text) => BotEndpoint.PostAsync(Client, As(Activities.Message(text), who));

    /// <summary>"@SecurityBot <paramref name="text"/>" from <paramref name="who"/> in a team channel.</summary>
    public Task<HttpResponseMessage> SayInChannelAsync(Person who, string text) => BotEndpoint.PostAsync(Client, As(Activities.ChannelMessage(text), who));

    /// <summary>"@SecurityBot <paramref name="text"/>" from <paramref name="who"/> in a group chat.</summary>
    public Task<HttpResponseMessage> SayInGroupChatAsync(Person who, string text) => BotEndpoint.PostAsync(Client, As(Activities.GroupChatMessage(text), who));

    /// <summary>
    /// An Action.Execute press by <paramref name="who"/> in their 1:1 chat; returns the invoke response body.
    /// <paramref name="cardId"/> is the message the pressed card is (replyToId), <paramref name="activityId"/> the invoke's own id.
    /// </summary>
    public async Task<JsonElement> PressAsync(Person who, string verb, object data, string? cardId = null, string? activityId = null)
    {
        var json = As(Activities.CardAction(verb, data), who);
        if (cardId is not null)
        {
            json = json.Replace("1:1card-message-id", cardId, StringComparison.Ordinal);
        }

        if (activityId is not null)
        {
            json = json.Replace("\"f:invoke-1\"", JsonSerializer.Serialize(activityId), StringComparison.Ordinal);
        }

        using var response = await BotEndpoint.PostAsync(Client, json);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public async Task<T> WithDbAsync<T>(Func<SecurityBotDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>());
    }

    public Task<Incident> IncidentAsync(long number) =>
        WithDbAsync(db => db.Set<Incident>().AsNoTracking().Include(i => i.Timeline).SingleAsync(i => i.Number == number));

    public Task<List<OutboxMessage>> OutboxAsync() => WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());

    /// <summary>
    /// Waits (bounded) until the host's own timer scheduler has brought the incident to <paramref name="step"/>; the
    /// manual clock is nudged meanwhile, since the scheduler's poll delay runs on it.
    /// </summary>
    /// <summary>
    /// Waits (bounded by <paramref name="clockBudget"/> of clock time, 30 s of real time) for the incident to reach
    /// <paramref name="step"/>, nudging the manual clock so the timer poller's delay elapses.
    /// </summary>
    public async Task<Incident> WaitForEscalationStepAsync(long number, int step, ManualTimeProvider clock, TimeSpan? clockBudget = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var clockDeadline = clock.GetUtcNow() + (clockBudget ?? TimeSpan.FromMinutes(5));
        var incident = await IncidentAsync(number);
        while (incident.EscalationStep < step && DateTime.UtcNow < deadline && clock.GetUtcNow() < clockDeadline)
        {
            clock.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(20);
            incident = await IncidentAsync(number);
        }

        return incident;
    }

    /// <summary>Waits (bounded) for a condition on what the fake connector received.</summary>
    public async Task<bool> EventuallyAsync(Func<FakeConnectorServer, bool> condition, ManualTimeProvider? clock = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition(Connector) && DateTime.UtcNow < deadline)
        {
            // A manual clock only moves when told: nudge it so the outbox dispatcher's poll delay elapses.
            clock?.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(25);
        }

        return condition(Connector);
    }

    private static string As(string activityJson, Person who) =>
        activityJson
            .Replace("\"29:1Alex-Wilber-teams-user-id\"", JsonSerializer.Serialize(who.TeamsId), StringComparison.Ordinal)
            .Replace("\"Alex Wilber\"", JsonSerializer.Serialize(who.Name), StringComparison.Ordinal)
            .Replace("\"00000000-0000-0000-0000-0000000000020\"", JsonSerializer.Serialize(who.AadObjectId), StringComparison.Ordinal)
            .Replace("\"a:1personal-chat-alex\"", JsonSerializer.Serialize(who.Conversation), StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>A person of the demo organisation as Teams identifies them.</summary>
    public sealed record Person(string AadObjectId, string TeamsId, string Name)
    {
        /// <summary>This person's 1:1 chat with the bot (Alex's is the one in the captured activities).</summary>
        public string Conversation => AadObjectId == Alex.AadObjectId ? "a:1personal-chat-alex" : "a:1personal-chat-" + TeamsId[3..];

        public static Person Alex { get; } = new("00000000-0000-0000-0000-0000000000020", "29:1Alex-Wilber-teams-user-id", "Alex Wilber");
        public static Person Jin { get; } = new("c9d4141d-88c7-4dce-afaa-7a26aab7ad4b", "29:1Jin-Park", "Jin Park");
        public static Person Amara { get; } = new("90270553-6bb6-4892-bd29-d64302f77369", "29:1Amara-Nwosu", "Amara Nwosu");
        public static Person Diego { get; } = new("a05927b6-619e-4cd0-8692-f1dd73d73765", "29:1Diego-Alvarez", "Diego Alvarez");
        public const string TomasLead = "0d4600df-edcf-4c5a-8700-cc2361eebecd";
        public const string PriyaCso = "76ca3146-8f27-404b-bb5a-a24850a45b81";
    }
}
