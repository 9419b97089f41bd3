using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.IntegrationTests.Connector;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// What the outbox does with each connector answer (only the 403 codes that mean it make a person unreachable;
/// 412 and other 403s are retried) and where it may send at all (in Production, never to a stored serviceUrl that
/// is neither a Bot Framework host nor configured). Real database, real connector client, local fake connectors.
/// </summary>
public sealed class OutboxConnectorAnswerTests : IAsyncLifetime
{
    private static readonly EntityRef Incident = new("Incident", "INC-7");
    private FakeConnectorServer _teams = null!;
    private TestDatabase _database = null!;
    private OutboundTokens _tokens = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnectorServer.StartAsync();
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _tokens = await OutboundTokens.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        await _database.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Theory]
    [InlineData("ConversationBlockedByUser")]
    [InlineData("BotDisabledByAdmin")]
    [InlineData("BotNotInConversationRoster")]
    [InlineData("ForbiddenOperationException")]
    public async Task Dispatch_403ThatMeansUnreachable_MarksThePersonUndeliverableWithoutRetry(string code)
    {
        await using var host = await StartedHostAsync();
        _teams.FailNext("a:alice", HttpStatusCode.Forbidden, times: 5, errorCode: code);
        await SeedAsync(host, _teams.ServiceUrl, "alice");

        await Eventually.HoldsAsync(async () => (await RowAsync(host, "alice")).Status == OutboxStatus.Undeliverable, "alice undeliverable");

        (await ReferenceAsync(host, "alice")).Undeliverable.Should().BeTrue();
        _teams.Requests.Count(r => r.ConversationId == "a:alice").Should().Be(1);
    }

    [Theory]
    [InlineData("NotEnoughPermissions")]
    [InlineData(null)]
    public async Task Dispatch_Other403_RetriedAndDeliveredWithoutMarkingThePersonUnreachable(string? code)
    {
        await using var host = await StartedHostAsync();
        _teams.FailNext("a:bob", HttpStatusCode.Forbidden, times: 1, errorCode: code ?? "Forbidden");
        await SeedAsync(host, _teams.ServiceUrl, "bob");

        await Eventually.HoldsAsync(async () => (await RowAsync(host, "bob")).Status == OutboxStatus.Delivered, "bob delivered after a retry");

        (await ReferenceAsync(host, "bob")).Undeliverable.Should().BeFalse();
        _teams.Requests.Where(r => r.ConversationId == "a:bob").Select(r => r.StatusCode).Should().Equal(403, 200);
    }

    [Fact]
    public async Task Dispatch_412PreconditionFailed_RetriedWithBackoffAndDelivered()
    {
        await using var host = await StartedHostAsync();
        _teams.FailNext("a:carol", HttpStatusCode.PreconditionFailed, times: 2, errorCode: "PreconditionFailed");
        await SeedAsync(host, _teams.ServiceUrl, "carol");

        await Eventually.HoldsAsync(async () => (await RowAsync(host, "carol")).Status == OutboxStatus.Delivered, "carol delivered");

        _teams.Requests.Where(r => r.ConversationId == "a:carol").Select(r => r.StatusCode).Should().Equal(412, 412, 200);
        _teams.PostedMessageCount.Should().Be(1);
    }

    [Fact]
    public async Task Dispatch_PoisonedStoredServiceUrlInProduction_RefusedAndNoTokenLeaves()
    {
        // A reference row pointing at the attacker's server (written by a forged or replayed activity, or straight into
        // the database): in Production neither its presence in the database nor anything else makes it trusted.
        await using var attacker = await FakeConnectorServer.StartAsync();
        await using var host = await StartedHostAsync(production: true);
        await SeedAsync(host, attacker.ServiceUrl, "dave");

        await Eventually.HoldsAsync(async () => (await RowAsync(host, "dave")).Status != OutboxStatus.Pending, "dave's row settled");

        attacker.Requests.Should().BeEmpty("no request, and so no bearer token, reaches an untrusted host");
        (await RowAsync(host, "dave")).Status.Should().NotBe(OutboxStatus.Delivered);
        (await ReferenceAsync(host, "dave")).Undeliverable.Should().BeFalse("an untrusted URL is our refusal, not the person blocking the bot");
    }

    private async Task<PersistenceTestHost> StartedHostAsync(bool production = false)
    {
        var settings = new Dictionary<string, string?>(_tokens.Settings)
        {
            ["Outbox:BaseRetryDelaySeconds"] = "0.2",
            ["Outbox:LeaseSeconds"] = "30",
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
            ["Bot:AllowedTenantIds:0"] = "tenant-1",
            // Production signs the audit log with a secret key of its own (issue 14 item 13).
            ["Audit:KeyId"] = "test",
            ["Audit:Key"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        };
        var host = await PersistenceTestHost.CreateAsync(_database, settings: settings, services: s =>
        {
            if (production)
            {
                s.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = Path.GetTempPath() });
            }

            _tokens.AddBotFrameworkClient(s);
        });
        await host.StartAsync();
        return host;
    }

    private static Task SeedAsync(PersistenceTestHost host, string serviceUrl, string person) =>
        host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(
                new ConversationSnapshot("tenant-1", person, $"29:{person}", $"a:{person}", "personal", serviceUrl, "28:bot", "msteams"), CancellationToken.None);
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(new OutboundNotification(NotificationRecipient.User(person, "tenant-1"),
                """{"type":"message","text":"v1"}""", $"inc-7:v1:{person}", Incident, 1), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    private static Task<OutboxMessage> RowAsync(PersistenceTestHost host, string person) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.RecipientAadObjectId == person));

    private static Task<ConversationReferenceRecord> ReferenceAsync(PersistenceTestHost host, string person) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ConversationReferenceRecord>().AsNoTracking().SingleAsync(r => r.UserAadObjectId == person));
}
