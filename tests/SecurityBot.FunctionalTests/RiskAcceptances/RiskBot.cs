using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

/// <summary>
/// SecurityBot in memory (shipped configuration, demo organisation) against a real-HTTP fake connector, with a
/// clock the test can move, and helpers to speak and click as any person of the demo organisation.
/// </summary>
public sealed class RiskBot : IAsyncDisposable
{
    private const string TemplateAad = "00000000-0000-0000-0000-0000000000020";
    private readonly SecurityBotFactory _root;
    private readonly WebApplicationFactory<Program> _factory;

    private RiskBot(FakeConnectorServer connector, SecurityBotFactory root, ShiftableClock clock)
    {
        Connector = connector;
        _root = root;
        Clock = clock;
        _factory = root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        Client = _factory.CreateClient();
        Activities = new TeamsActivities(connector.ServiceUrl);
    }

    public FakeConnectorServer Connector { get; }

    public HttpClient Client { get; }

    public TeamsActivities Activities { get; }

    public ShiftableClock Clock { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<RiskBot> StartAsync() => new(await FakeConnectorServer.StartAsync(), new SecurityBotFactory(), new ShiftableClock());

    public static string ConversationOf(Person person) => "a:personal-" + person.Id;

    /// <summary>Sends a chat message as <paramref name="person"/> in their personal chat with the bot.</summary>
    public Task<HttpResponseMessage> SayAsync(Person person, string text) => BotEndpoint.PostAsync(Client, As(person, Activities.Message(text)));

    /// <summary>Mentions the bot in a team channel as <paramref name="person"/>.</summary>
    public Task<HttpResponseMessage> SayInChannelAsync(Person person, string text) => BotEndpoint.PostAsync(Client, As(person, Activities.ChannelMessage(text)));

    /// <summary>Mentions the bot in a group chat as <paramref name="person"/>.</summary>
    public Task<HttpResponseMessage> SayInGroupChatAsync(Person person, string text) => BotEndpoint.PostAsync(Client, As(person, Activities.GroupChatMessage(text)));

    /// <summary>Presses an Action.Execute button as <paramref name="person"/>; returns the invoke response body.</summary>
    public async Task<JsonElement> ClickAsync(Person person, string verb, object data, string? activityId = null, string? cardMessageId = null) =>
        JsonDocument.Parse(await ClickRawAsync(person, verb, data, activityId, cardMessageId)).RootElement.Clone();

    /// <summary>
    /// Presses a button and returns the invoke response body as sent. <paramref name="activityId"/> is the invoke's
    /// own id (a redelivery repeats it, a second click does not); <paramref name="cardMessageId"/> the message the
    /// button is on (Teams' replyToId; the same for every click on one card).
    /// </summary>
    public async Task<string> ClickRawAsync(Person person, string verb, object data, string? activityId = null, string? cardMessageId = null)
    {
        var json = As(person, Activities.CardAction(verb, data));
        if (activityId is not null)
        {
            json = json.Replace("\"id\": \"f:invoke-1\"", "\"id\": " + JsonSerializer.Serialize(activityId), StringComparison.Ordinal);
        }

        if (cardMessageId is not null)
        {
            json = json.Replace("\"1:1card-message-id\"", JsonSerializer.Serialize(cardMessageId), StringComparison.Ordinal);
        }

        var response = await BotEndpoint.PostAsync(Client, json);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Waits (bounded) for a new message to <paramref name="person"/> whose card text contains <paramref name="text"/>.</summary>
    public async Task<JsonElement> WaitForCardAsync(Person person, string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var match = Connector.Posted.LastOrDefault(p => !p.IsUpdate && p.ConversationId == ConversationOf(person) && Texts(p.Body).Contains(text, StringComparison.Ordinal));
            if (match is not null)
            {
                return Card(JsonDocument.Parse(match.Body).RootElement.Clone());
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No card to {person.Name} containing '{text}'. Posted to them: " +
            string.Join(" /// ", Connector.Posted.Where(p => p.ConversationId == ConversationOf(person)).Select(p => Texts(p.Body))));
    }

    /// <summary>Waits (bounded) for any activity to <paramref name="person"/> (reply or proactive) whose text contains <paramref name="text"/>.</summary>
    public async Task<PostedActivity> WaitForPostedTextAsync(Person person, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var match = Connector.Posted.LastOrDefault(p => p.ConversationId == ConversationOf(person) && Texts(p.Body).Contains(text, StringComparison.Ordinal));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Nothing to {person.Name} containing '{text}'.");
    }

    /// <summary>The data of the button titled <paramref name="title"/> anywhere in the card (show cards included).</summary>
    public static JsonElement ActionData(JsonElement card, string title) =>
        Find(card, e => e.TryGetProperty("title", out var t) && t.GetString() == title && e.TryGetProperty("verb", out _))
            ?.GetProperty("data") ?? throw new InvalidOperationException($"No button '{title}' in the card.");

    public static bool HasAction(JsonElement card, string title) =>
        Find(card, e => e.TryGetProperty("title", out var t) && t.GetString() == title && e.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Action.", StringComparison.Ordinal)) is not null;

    /// <summary>The card of an activity (attachments[0].content) or of an invoke response (value).</summary>
    public static JsonElement Card(JsonElement activityOrResponse) =>
        activityOrResponse.TryGetProperty("attachments", out var attachments) ? attachments[0].GetProperty("content")
        : activityOrResponse.TryGetProperty("value", out var value) ? value
        : activityOrResponse;

    /// <summary>Every text and title in the JSON, joined, for assertions.</summary>
    public static string Texts(string json) => Texts(JsonDocument.Parse(json).RootElement);

    public static string Texts(JsonElement element)
    {
        var texts = CardTexts.Collect(element, "text", "title", "message", "value");
        return string.Join(" | ", texts).Replace("\u200B", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    private static string As(Person person, string json) =>
        json.Replace("29:1Alex-Wilber-teams-user-id", "29:teams-" + person.Id, StringComparison.Ordinal)
            .Replace("\"Alex Wilber\"", JsonSerializer.Serialize(person.Name), StringComparison.Ordinal)
            .Replace(TemplateAad, person.Id, StringComparison.Ordinal)
            .Replace("a:1personal-chat-alex", ConversationOf(person), StringComparison.Ordinal);

    private static JsonElement? Find(JsonElement element, Func<JsonElement, bool> match)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (match(element))
                {
                    return element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, match) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, match) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>Someone of the demo organisation.</summary>
public sealed record Person(string Id, string Name)
{
    public static readonly Person Alex = new("00000000-0000-0000-0000-0000000000020", "Alex Wilber");
    public static readonly Person Isaiah = new("00000000-0000-0000-0000-0000000000023", "Isaiah Langer");
    public static readonly Person Megan = new("00000000-0000-0000-0000-0000000000021", "Megan Bowen");
    public static readonly Person Priya = new("76ca3146-8f27-404b-bb5a-a24850a45b81", "Priya Raman");
}
