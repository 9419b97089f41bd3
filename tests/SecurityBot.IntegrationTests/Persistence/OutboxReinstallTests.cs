using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.IntegrationTests.Directory;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Directory.Graph;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Graph;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// Issue 20 item 4: before giving a person up as unreachable, one reinstall of the bot through Graph
/// (Outbox:ReinstallUnreachable, Directory:Provider=Graph), then the 1:1 conversation re-created and the message sent
/// once more. Real database and connector client; fake Teams connector, fake Graph and token endpoint over HTTP.
/// </summary>
public sealed class OutboxReinstallTests : IAsyncLifetime
{
    private const string Alice = "11111111-1111-4111-8111-111111111111";
    private X509Certificate2 _certificate = null!;
    private FakeEntraTokenEndpoint _token = null!;
    private FakeGraphServer _graph = null!;
    private OutboxTestbed _bed = null!;
    private FakeConnectorServer _teams = null!;

    public async Task InitializeAsync()
    {
        _certificate = LoopbackCertificate.Create();
        _token = await FakeEntraTokenEndpoint.StartAsync(_certificate, GraphDirectoryHarness.TenantId, GraphDirectoryHarness.ClientId, GraphDirectoryHarness.ClientSecret);
        _graph = await FakeGraphServer.StartAsync(_certificate);
        _graph.AddGroup(GraphDirectoryHarness.SecurityTeamGroupId);
        _graph.AddGroup(GraphDirectoryHarness.RiskApproversGroupId);
        _bed = await OutboxTestbed.StartAsync(DatabaseProvider.Sqlite);
        _teams = _bed.Teams;
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        await _graph.DisposeAsync();
        await _token.DisposeAsync();
        _certificate.Dispose();
    }

    [Fact]
    public async Task Dispatch_UnreachableAndReinstallSucceeds_RecreatesTheChatAndDeliversOnce()
    {
        _graph.AddUser(new FakeGraphUser(Alice, "alice@contoso.test", "Alice Example", "Engineer", "Engineering", null));
        await using var host = await StartedHostAsync(reinstall: true);
        _teams.FailNext($"a:{Alice}", HttpStatusCode.Forbidden, times: 1, errorCode: "ConversationBlockedByUser");

        await SeedAsync(host);
        await Eventually.HoldsAsync(async () => (await RowAsync(host)).Status != OutboxStatus.Pending, "alice's row settled");

        (await RowAsync(host)).Status.Should().Be(OutboxStatus.Delivered);
        _graph.IsInstalled(Alice, GraphDirectoryHarness.CatalogAppId).Should().BeTrue();
        _teams.Posted.Should().ContainSingle().Which.ConversationId.Should().Be($"a:recreated-29:{Alice}");
        var reference = await ReferenceAsync(host);
        reference.Undeliverable.Should().BeFalse();
        reference.ConversationId.Should().Be($"a:recreated-29:{Alice}");
    }

    [Fact]
    public async Task Dispatch_UnreachableAndReinstallFails_MarkedUnreachableWithoutRecreating()
    {
        // Alice is not in the (fake) directory: Graph refuses the installation.
        await using var host = await StartedHostAsync(reinstall: true);
        _teams.FailNext($"a:{Alice}", HttpStatusCode.Forbidden, times: 1, errorCode: "ConversationBlockedByUser");

        await SeedAsync(host);
        await Eventually.HoldsAsync(async () => (await RowAsync(host)).Status != OutboxStatus.Pending, "alice's row settled");

        (await RowAsync(host)).Status.Should().Be(OutboxStatus.Undeliverable);
        (await ReferenceAsync(host)).Undeliverable.Should().BeTrue();
        _graph.Requests.Should().Contain(r => r.Method == "POST" && r.PathAndQuery.Contains("/teamwork/installedApps"), "one reinstall was tried");
        _teams.Requests.Should().NotContain(r => r.Path == "/v3/conversations");
    }

    [Fact]
    public async Task Dispatch_UnreachableWithReinstallOff_NoGraphCallAndMarkedUnreachable()
    {
        _graph.AddUser(new FakeGraphUser(Alice, "alice@contoso.test", "Alice Example", "Engineer", "Engineering", null));
        await using var host = await StartedHostAsync(reinstall: false);
        _teams.FailNext($"a:{Alice}", HttpStatusCode.Forbidden, times: 1, errorCode: "ConversationBlockedByUser");

        await SeedAsync(host);
        await Eventually.HoldsAsync(async () => (await RowAsync(host)).Status != OutboxStatus.Pending, "alice's row settled");

        (await RowAsync(host)).Status.Should().Be(OutboxStatus.Undeliverable);
        _graph.Requests.Should().NotContain(r => r.PathAndQuery.Contains("/teamwork/installedApps"));
    }

    private Task<PersistenceTestHost> StartedHostAsync(bool reinstall) =>
        _bed.StartedHostAsync(
            new Dictionary<string, string?>
            {
                ["Outbox:ReinstallUnreachable"] = reinstall ? "true" : "false",
                ["Directory:Provider"] = "Graph",
                ["Directory:Graph:BaseUrl"] = _graph.BaseUrl,
                ["Directory:Graph:AuthorityHost"] = _token.AuthorityHost,
                ["Directory:Graph:TeamsAppCatalogId"] = GraphDirectoryHarness.CatalogAppId,
                ["Directory:Graph:TenantId"] = GraphDirectoryHarness.TenantId,
                ["Directory:Graph:ClientId"] = GraphDirectoryHarness.ClientId,
                ["Directory:Graph:ClientSecret"] = GraphDirectoryHarness.ClientSecret,
                ["Directory:Graph:MaxRetries"] = "0",
                ["Roles:SecurityTeamGroupId"] = GraphDirectoryHarness.SecurityTeamGroupId,
                ["Roles:RiskApproversGroupId"] = GraphDirectoryHarness.RiskApproversGroupId,
            },
            s =>
            {
                s.AddHttpClient(GraphHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(_certificate));
                s.AddHttpClient(GraphHttpClients.Graph).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(_certificate));
            });

    private Task SeedAsync(PersistenceTestHost host) =>
        host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(_bed.Snapshot(Alice), CancellationToken.None);
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(new OutboundNotification(NotificationRecipient.User(Alice, "tenant-1"),
                """{"type":"message","text":"v1"}""", "inc-1:v1:alice", new EntityRef("Incident", "INC-1"), 1), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    private static Task<OutboxMessage> RowAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.RecipientAadObjectId == Alice));

    private static Task<ConversationReferenceRecord> ReferenceAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ConversationReferenceRecord>().AsNoTracking().SingleAsync(r => r.UserAadObjectId == Alice));
}
