using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Application;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests.Fuzzing;

/// <summary>
/// The real host with authentication ON (local token issuer, every post carries a valid channel token), a real-HTTP
/// fake connector, every log captured, and entities owned by Adele Vance that no fuzz attacker may change.
/// </summary>
public sealed class FuzzBot : IAsyncDisposable
{
    public const string AppId = "5c1e0f7a-2b3d-4c5e-8f90-a1b2c3d4e5f6";

    /// <summary>What the seeding creates, all Adele's (Finance; manager Henrik Sorensen): none of the attackers' business.</summary>
    public static readonly string[] SeededReferences = ["INC-000001", "INC-000002", "RA-000001", "RA-000002"];

    private const string Adele = "00000000-0000-0000-0000-0000000000022";
    private const string Henrik = "889d613f-4add-4fe6-8dd0-ef3c4ef87637";
    private const string Jin = "c9d4141d-88c7-4dce-afaa-7a26aab7ad4b";

    private readonly FakeTokenIssuer _issuer;
    private readonly SecurityBotFactory _root;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _token;

    private FuzzBot(FakeTokenIssuer issuer, FakeConnectorServer connector, CapturingLoggerProvider logs)
    {
        _issuer = issuer;
        Connector = connector;
        Logs = logs;
        _root = new SecurityBotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = issuer.ClientSecret,
            ["BotOpenIdMetadata"] = issuer.OpenIdMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = issuer.LoginUrl,
            ["ValidateAuthority"] = "false",
        });
        // As in AuthenticatedEndpointTests: the only test wiring is trusting the issuer's throwaway certificate.
        _factory = _root.WithWebHostBuilder(web => web.ConfigureLogging(logging =>
        {
            // Only the capture, from Warning up (the test fails on Error): tens of thousands of refusals written to the
            // console, or EF Core's Debug lines kept in memory, would be most of the run time.
            logging.ClearProviders().AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Warning);
        }).ConfigureTestServices(services =>
        {
            services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
            services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
        }));
        Client = _factory.CreateClient();
        Activities = new TeamsActivities(connector.ServiceUrl, botId: AppId);
        // One valid channel token for the connector's serviceUrl; a mutated serviceUrl is (rightly) refused with 401.
        _token = issuer.ChannelTokens.Create(issuer.DefaultKey, AppId, connector.ServiceUrl);
    }

    public FakeConnectorServer Connector { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public TeamsActivities Activities { get; }

    public static async Task<FuzzBot> StartAsync()
    {
        var issuer = await FakeTokenIssuer.StartAsync();
        issuer.ClientId = AppId;
        return new FuzzBot(issuer, await FakeConnectorServer.StartAsync(), new CapturingLoggerProvider());
    }

    /// <summary>Posts an activity with a valid channel token, as the Bot Connector does.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string json, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        using var response = await Client.SendAsync(request, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>
    /// Adele reports two incidents (Jin acknowledges one) and requests two risk acceptances (Henrik approves the Low
    /// one, which then has expiry and reminder timers); everyone involved has a 1:1 conversation first.
    /// </summary>
    public async Task SeedAsync()
    {
        foreach (var person in new[] { Adele, Henrik, Jin })
        {
            await ExpectOkAsync(As(Activities.Message("help"), person));
        }

        // Each report and request from a form of its own: one form submitted twice is one report (issue 14 item 11).
        await ExpectOkAsync(FromForm(As(Activities.CardAction("incident.submit", new { category = "lost-device", description = "I left my work laptop on the train this morning", clicked = "false" }), Adele), "seed-form-1"));
        await ExpectOkAsync(FromForm(As(Activities.CardAction("incident.submit", new { category = "social-engineering", description = "Someone followed me through the office door without a badge", clicked = "false" }), Adele), "seed-form-2"));
        await ExpectOkAsync(As(Activities.CardAction("incident.acknowledge", new { incident = "INC-000001", version = 1 }), Jin));
        await ExpectOkAsync(FromForm(As(Activities.CardAction("risk.request.submit", RiskForm("4", "4")), Adele), "seed-form-3"));
        await ExpectOkAsync(FromForm(As(Activities.CardAction("risk.request.submit", RiskForm("1", "1")), Adele), "seed-form-4"));
        var low = await WithDbAsync(db => db.Set<SecurityBot.RiskAcceptances.Domain.RiskAcceptance>().AsNoTracking().SingleAsync(r => r.Number == 2));
        await ExpectOkAsync(As(Activities.CardAction("risk.approve", new { id = "RA-000002", version = low.Version, stage = 0 }), Henrik));
        await WaitForOutboxSettledAsync();
    }

    /// <summary>Everything the seeded entities are made of, as text: equal before and after means nothing changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var register = scope.ServiceProvider.GetRequiredService<RiskAcceptanceRegister>();
        var text = new StringBuilder();
        foreach (var incident in await db.Set<Incident>().AsNoTracking().Include(i => i.Timeline).Where(i => i.Number <= 2).OrderBy(i => i.Number).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{incident.DisplayNumber} {incident.Status} v{incident.Version} sev {incident.Severity} reports {incident.ReportCount} step {incident.EscalationStep} ack {incident.AcknowledgedById} assignee {incident.AssigneeId} timeline {incident.Timeline.Count} indicators {incident.Indicators.Count} updated {incident.UpdatedAt:O}");
        }

        foreach (var reference in SeededReferences.Where(r => r.StartsWith("RA-", StringComparison.Ordinal)))
        {
            var risk = await register.FindAsync(reference, CancellationToken.None);
            text.AppendLine(CultureInfo.InvariantCulture, $"{reference} {risk?.Status} v{risk?.Version} stage {risk?.CurrentStageIndex} round {risk?.Round} renewals {risk?.RenewalCount} decisions {risk?.Decisions.Count} expires {risk?.ExpiresAt:O} updated {risk?.UpdatedAt:O}");
        }

        foreach (var timer in await db.Set<ScheduledTimer>().AsNoTracking().Where(t => SeededReferences.Contains(t.EntityId)).OrderBy(t => t.Id).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"timer {timer.EntityId} {timer.Kind} {timer.Status} due {timer.DueAt:O}");
        }

        foreach (var row in await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EntityId != null && SeededReferences.Contains(m.EntityId)).OrderBy(m => m.Id).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"outbox {row.EntityId} {row.Kind} v{row.EntityVersion} to {row.RecipientAadObjectId ?? row.ConversationId}");
        }

        foreach (var copy in await db.Set<CardCopy>().AsNoTracking().Where(c => SeededReferences.Contains(c.EntityId)).OrderBy(c => c.Id).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"card copy {copy.EntityId} in {copy.ConversationId} v{copy.LastVersionRendered}");
        }

        return text.ToString();
    }

    public async Task<T> WithDbAsync<T>(Func<SecurityBotDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>());
    }

    /// <summary>Waits (bounded) until no outbox row is pending, so snapshots do not race the dispatcher.</summary>
    public async Task WaitForOutboxSettledAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && await WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Pending)))
        {
            await Task.Delay(25);
        }
    }

    private async Task ExpectOkAsync(string json)
    {
        var (status, body) = await PostAsync(json);
        status.Should().Be(HttpStatusCode.OK, body);
        if (body.Length > 0)
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("statusCode", out var code))
            {
                code.GetInt32().Should().Be(200, body);
            }
        }
    }

    private static object RiskForm(string likelihood, string impact) => new
    {
        title = "Finance export share without MFA",
        policyId = "passwords-mfa",
        section = "2",
        asset = "finance-share",
        description = "The bank's export tool cannot do MFA; a stolen password exposes payment files.",
        likelihood,
        impact,
        controls = "IP allow-list; password rotated monthly.",
        justification = "Month-end close depends on it until the bank upgrades.",
        durationDays = "90",
        riskOwner = "",
    };

    private static string FromForm(string json, string cardId) =>
        json.Replace("1:1card-message-id", cardId, StringComparison.Ordinal).Replace("f:invoke-1", "f:invoke-" + cardId, StringComparison.Ordinal);

    private static string As(string json, string aad) =>
        json.Replace("\"29:1Alex-Wilber-teams-user-id\"", JsonSerializer.Serialize("29:teams-" + aad), StringComparison.Ordinal)
            .Replace("\"Alex Wilber\"", "\"Seeded Person\"", StringComparison.Ordinal)
            .Replace("\"00000000-0000-0000-0000-0000000000020\"", JsonSerializer.Serialize(aad), StringComparison.Ordinal)
            .Replace("a:1personal-chat-alex", "a:personal-" + aad, StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        await Connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }
}
