using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests;

/// <summary>SecurityBot in memory wired to a real-HTTP fake connector; the pieces every functional test needs.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(FakeConnectorServer connector, SecurityBotFactory factory)
    {
        Connector = connector;
        Factory = factory;
        Client = factory.CreateClient();
        Activities = new TeamsActivities(connector.ServiceUrl);
    }

    public FakeConnectorServer Connector { get; }

    public SecurityBotFactory Factory { get; }

    public HttpClient Client { get; }

    public TeamsActivities Activities { get; }

    public static async Task<BotHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development", CapturingLoggerProvider? logs = null)
    {
        var connector = await FakeConnectorServer.StartAsync();
        return new BotHarness(connector, new SecurityBotFactory(settings, environment, logs));
    }

    public Task<HttpResponseMessage> PostAsync(string activityJson, string? bearerToken = null) => BotEndpoint.PostAsync(Client, activityJson, bearerToken);

    /// <summary>Waits (bounded) until the connector has received at least <paramref name="count"/> messages; returns them.</summary>
    public async Task<IReadOnlyList<PostedActivity>> WaitForPostedAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (Connector.Posted.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        return Connector.Posted;
    }

    /// <summary>Waits until the outbox has nothing left to deliver.</summary>
    public async Task WaitForOutboxDrainedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var pending = await WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending));
            if (pending == 0)
            {
                return;
            }

            await Task.Delay(25);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<SecurityBotDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>());
    }

    public Task<int> StoredReferenceCountAsync() => WithDbAsync(db => db.Set<ConversationReferenceRecord>().CountAsync());

    /// <summary>The text of the first card in a posted activity (all TextBlock/TextRun texts joined), for assertions.</summary>
    public static string CardText(PostedActivity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        using var doc = JsonDocument.Parse(posted.Body);
        return string.Join(" | ", CardTexts.Collect(doc.RootElement, "text", "title"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
