using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Testing.Webhooks;

namespace SecurityBot.IntegrationTests.Integrations;

public sealed class SqliteAlertRoundTripTests() : AlertRoundTripTests(DatabaseProvider.Sqlite);

public sealed class PostgresAlertRoundTripTests() : AlertRoundTripTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The whole bridge on a running host: a SIEM alert in through POST /api/alerts becomes an incident, a responder
/// acknowledges it in Teams (through the incidents capability), and both changes go back out through the webhook
/// dispatcher — the hosted service itself, woken by the clock, not driven by the test.
/// </summary>
public abstract class AlertRoundTripTests(DatabaseProvider provider)
{
    private const string Alert = """{"externalId":"SPL-42","title":"Beaconing to a known C2 host","severity":"critical","indicators":["c2.evil.example"]}""";

    [Fact]
    public async Task AlertThenAcknowledged_RunningDispatcher_ReceiverGetsCreatedThenUpdatedNamingTheSiemAlert()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var server = await AlertTestServer.StartAsync(database, new Dictionary<string, string?>
        {
            [$"Integrations:Webhooks:Endpoints:{WebhookTestHost.Endpoint}:Url"] = receiver.Url,
            [$"Integrations:Webhooks:Endpoints:{WebhookTestHost.Endpoint}:Secret"] = WebhookTestHost.Secret,
            ["Integrations:Webhooks:PollIntervalMilliseconds"] = "100",
        });
        receiver.Clock = server.Clock;

        using var response = await server.PostSignedAsync(Alert);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var acknowledged = await server.InScopeAsync(sp => sp.GetRequiredService<IIncidentActions>().ActAsync(
            new IncidentActionRequest("INC-000001", IncidentCommand.Acknowledge, DemoPeople.Jin.Id, DemoPeople.Jin.Name), CancellationToken.None));
        acknowledged.Status.Should().Be(UseCaseStatus.Succeeded, acknowledged.Message);

        // The dispatcher waits on the host's manual clock between polls: each tick is one poll.
        await Eventually.HoldsAsync(() =>
        {
            server.Clock.Advance(TimeSpan.FromMilliseconds(100));
            return Task.FromResult(receiver.Accepted.Count >= 2);
        }, () => $"the receiver got {receiver.Received.Count} request(s)");

        receiver.Received.Should().OnlyContain(r => r.SignatureValid);
        receiver.Accepted.Select(r => r.Type).Should().Equal("incident.created", "incident.updated");
        receiver.Accepted.Should().OnlyContain(r =>
            r.Read(root => root.GetProperty("data").GetProperty("source").GetString()) == "siem"
            && r.Read(root => root.GetProperty("data").GetProperty("sourceSystem").GetString()) == AlertTestServer.HmacSource
            && r.Read(root => root.GetProperty("data").GetProperty("externalId").GetString()) == "SPL-42");
        receiver.Accepted[1].Change.Should().Be("acknowledged");
    }
}
