using Microsoft.Extensions.DependencyInjection;
using SecurityBot.IntegrationTests.Connector;
using SecurityBot.Platform;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// What the outbox tests stand on: a real database, the real connector client with outbound tokens from a local
/// issuer, a local fake Teams connector, and the roles of the demo organisation (failure notices go to its security
/// team). <see cref="StartedHostAsync"/> starts the dispatcher over them.
/// </summary>
internal sealed class OutboxTestbed : IAsyncDisposable
{
    private OutboxTestbed(FakeConnectorServer teams, TestDatabase database, OutboundTokens tokens)
    {
        Teams = teams;
        Database = database;
        Tokens = tokens;
    }

    public FakeConnectorServer Teams { get; }

    public TestDatabase Database { get; }

    public OutboundTokens Tokens { get; }

    public static async Task<OutboxTestbed> StartAsync(DatabaseProvider provider) =>
        new(await FakeConnectorServer.StartAsync(), await TestDatabase.CreateAsync(provider), await OutboundTokens.StartAsync());

    /// <summary>A started host: quick retries, the fake connector trusted, the demo roles; <paramref name="settings"/> win.</summary>
    public async Task<PersistenceTestHost> StartedHostAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Outbox:BaseRetryDelaySeconds"] = "0.2",
            ["Outbox:LeaseSeconds"] = "30",
            ["Bot:TrustedServiceUrls:0"] = Teams.ServiceUrl,
        };
        foreach (var (key, value) in Tokens.Settings.Concat(DemoSecurityTeam.Settings).Concat(settings ?? new Dictionary<string, string?>()))
        {
            all[key] = value;
        }

        var host = await PersistenceTestHost.CreateAsync(Database, settings: all, services: s =>
        {
            // Outbound tokens as the host gets them: MSAL, from the local issuer.
            Tokens.AddBotFrameworkClient(s);
            // The roles, as the host has them: failure notices go to the security team they name.
            s.AddDirectory();
            services?.Invoke(s);
        });
        await host.StartAsync();
        return host;
    }

    /// <summary>A personal chat with <paramref name="aad"/> at the fake connector ("a:" + the id).</summary>
    public ConversationSnapshot Snapshot(string aad) =>
        new("tenant-1", aad, $"29:{aad}", $"a:{aad}", "personal", Teams.ServiceUrl, "28:bot", "msteams");

    public Task SeedReferencesAsync(PersistenceTestHost host, IReadOnlyList<string> people) =>
        host.InScopeAsync(async sp =>
        {
            foreach (var person in people)
            {
                await sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(Snapshot(person), CancellationToken.None);
            }
        });

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        await Database.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
