using SecurityBot.Incidents.Domain;
using SecurityBot.Integrations.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Testing.Webhooks;

namespace SecurityBot.IntegrationTests.Integrations;

public sealed class SqliteWebhookDeliveryTests() : WebhookDeliveryTests(DatabaseProvider.Sqlite);

public sealed class PostgresWebhookDeliveryTests() : WebhookDeliveryTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Incident changes made through the real incidents capability reach a real HTTP receiver (Kestrel on loopback) that
/// checks each signature itself: queued in the change's unit of work, sent by the real dispatcher with the platform's
/// leases, retried with backoff, dead-lettered, and kept in order per incident.
/// </summary>
public abstract class WebhookDeliveryTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Deliver_ReportedAcknowledgedResolved_ReceiverVerifiesEverySignatureAndGetsThemInOrder()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver);
        var (display, number) = await host.ReportAsync();
        await host.AcknowledgeAsync(number, 1);
        (await host.Incidents.ActAsync(DemoPeople.Jin, display, IncidentCommand.Resolve, "Sender blocked")).Status.Should().Be(UseCaseStatus.Succeeded);

        await host.DeliverDueAsync();

        receiver.Received.Should().HaveCount(3).And.OnlyContain(r => r.SignatureValid && r.Accepted);
        receiver.Accepted.Select(r => r.Type).Should().Equal("incident.created", "incident.updated", "incident.resolved");
        receiver.Accepted.Select(r => r.EventType).Should().Equal(receiver.Accepted.Select(r => r.Type), "X-SecurityBot-Event names the envelope's type");
        receiver.Accepted.Select(r => r.Change).Should().Equal("reported", "acknowledged", "resolved");
        receiver.Accepted.Select(r => r.Version).Should().Equal(1, 2, 3);
        receiver.Accepted.Should().OnlyContain(r => r.Subject == display);
        receiver.Accepted.Select(r => r.DeliveryId).Should().OnlyHaveUniqueItems().And.NotContainNulls();
        receiver.Accepted.Should().NotContain(r => r.Body.Contains(WebhookTestHost.Secret, StringComparison.Ordinal), "a payload never carries a secret");
        receiver.Accepted[0].Read(root => root.GetProperty("data").GetProperty("severity").GetString()).Should().Be("medium");
        var rows = await host.DeliveriesAsync();
        rows.Should().HaveCount(3).And.OnlyContain(d => d.Status == WebhookDeliveryStatus.Delivered && d.Attempts == 1 && d.LastStatusCode == 200);
        rows.Select(d => d.Id.ToString("D")).Should().BeEquivalentTo(receiver.Accepted.Select(r => r.DeliveryId));
    }

    [Fact]
    public async Task Deliver_EndpointAnswers503Twice_RetriedAfterTheBackoffThenDeliveredUnderTheSameDeliveryId()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver);
        var failures = 2;
        receiver.Responder = _ => Interlocked.Decrement(ref failures) >= 0 ? 503 : 200;
        await host.ReportAsync();

        await host.DeliverDueAsync();
        receiver.Received.Should().ContainSingle().Which.AnsweredWith.Should().Be(503);
        var first = (await host.DeliveriesAsync()).Single();
        first.Should().Match<WebhookDelivery>(d => d.Status == WebhookDeliveryStatus.Pending && d.Attempts == 1 && d.LastStatusCode == 503);
        first.NextAttemptAt.Should().BeAfter(host.Clock.GetUtcNow(), "a failed delivery waits out its backoff");

        await host.DeliverDueAsync();
        receiver.Received.Should().HaveCount(1, "nothing is retried before its backoff is over");

        host.Clock.Advance(WebhookTestHost.MaxRetryDelay);
        await host.DeliverDueAsync();
        host.Clock.Advance(WebhookTestHost.MaxRetryDelay);
        await host.DeliverDueAsync();

        receiver.Received.Select(r => r.AnsweredWith).Should().Equal(503, 503, 200);
        receiver.Received.Select(r => r.DeliveryId).Distinct().Should().ContainSingle("a retry is the same delivery, so a receiver can drop repeats");
        receiver.Received.Should().OnlyContain(r => r.SignatureValid, "every attempt is signed afresh with its own timestamp");
        (await host.DeliveriesAsync()).Single().Should().Match<WebhookDelivery>(d => d.Status == WebhookDeliveryStatus.Delivered && d.Attempts == 3);
    }

    [Fact]
    public async Task Deliver_FirstDeliveryOfAnIncidentFails_LaterEventsWaitBehindItAndArriveInOrder()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver);
        var failures = 1;
        receiver.Responder = _ => Interlocked.Decrement(ref failures) >= 0 ? 500 : 200;
        var (display, number) = await host.ReportAsync();
        await host.AcknowledgeAsync(number, 1);
        (await host.Incidents.ActAsync(DemoPeople.Jin, display, IncidentCommand.AddNote, "Mail gateway rule added")).Status.Should().Be(UseCaseStatus.Succeeded);

        await host.DeliverDueAsync();

        receiver.Received.Should().ContainSingle("the later events wait while the first is in backoff")
            .Which.Type.Should().Be("incident.created");
        (await host.DeliveriesAsync()).Should().OnlyContain(d => d.Status == WebhookDeliveryStatus.Pending);

        host.Clock.Advance(WebhookTestHost.MaxRetryDelay);
        await host.DeliverDueAsync();

        receiver.Accepted.Select(r => r.Version).Should().Equal(1, 2, 3);
        receiver.Accepted.Select(r => r.Change).Should().Equal("reported", "acknowledged", "noteAdded");
        receiver.Received.Select(r => r.Version).Should().BeInAscendingOrder("no event went out before the one before it was delivered");
    }

    [Fact]
    public async Task Deliver_EndpointKeepsFailingOneEvent_DeadLetteredAfterMaxAttemptsThenTheNextEventGoesOut()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver);
        receiver.Responder = r => r.Type == "incident.created" ? 500 : 200;
        var (_, number) = await host.ReportAsync();
        await host.AcknowledgeAsync(number, 1);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await host.DeliverDueAsync();
            host.Clock.Advance(WebhookTestHost.MaxRetryDelay);
        }

        await host.DeliverDueAsync();

        var rows = await host.DeliveriesAsync();
        rows[0].Should().Match<WebhookDelivery>(d => d.EventType == "incident.created" && d.Status == WebhookDeliveryStatus.DeadLettered
                                                     && d.Attempts == 3 && d.LastStatusCode == 500);
        rows[1].Should().Match<WebhookDelivery>(d => d.EventType == "incident.updated" && d.Status == WebhookDeliveryStatus.Delivered);
        receiver.Received.Count(r => r.Type == "incident.created").Should().Be(3, "Integrations:Webhooks:MaxAttempts is 3");
        receiver.Accepted.Should().ContainSingle().Which.Type.Should().Be("incident.updated");
    }

    [Fact]
    public async Task Deliver_EndpointRefusesWith400_DeadLetteredAtOnceWithoutRetries()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver);
        receiver.Responder = _ => 400;
        await host.ReportAsync();

        await host.DeliverDueAsync();
        host.Clock.Advance(WebhookTestHost.MaxRetryDelay);
        await host.DeliverDueAsync();

        receiver.Received.Should().ContainSingle();
        (await host.DeliveriesAsync()).Single().Should().Match<WebhookDelivery>(d => d.Status == WebhookDeliveryStatus.DeadLettered && d.LastStatusCode == 400);
    }

    [Fact]
    public async Task Deliver_HostRestartsBeforeSending_RowsSurviveAndTheNextHostDeliversThemInOrder()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        receiver.Responder = _ => 503;
        await using (var first = await WebhookTestHost.CreateAsync(database, receiver))
        {
            var (_, number) = await first.ReportAsync();
            await first.AcknowledgeAsync(number, 1);
            await first.DeliverDueAsync();
        }

        receiver.Responder = _ => 200;
        await using var second = await WebhookTestHost.CreateAsync(database, receiver);
        second.Clock.Advance(WebhookTestHost.MaxRetryDelay);
        await second.DeliverDueAsync();

        receiver.Accepted.Select(r => r.Change).Should().Equal("reported", "acknowledged");
        (await second.DeliveriesAsync()).Should().OnlyContain(d => d.Status == WebhookDeliveryStatus.Delivered)
            .And.Contain(d => d.Attempts == 2, "the attempt made before the restart was kept");
    }

    [Fact]
    public async Task Queue_RefusedChange_QueuesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver);
        var (_, number) = await host.ReportAsync();

        // Alex is no responder: the triage is refused and its unit of work commits nothing, webhooks included.
        (await host.Incidents.TriageAsync(DemoPeople.Alex, number, 1, TriageAction.Acknowledge)).Status.Should().NotBe(UseCaseStatus.Succeeded);

        (await host.DeliveriesAsync()).Should().ContainSingle().Which.EventType.Should().Be("incident.created");
    }

    [Fact]
    public async Task Queue_EndpointFiltersOnResolved_OnlyResolvedEventsQueued()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var host = await WebhookTestHost.CreateAsync(database, receiver,
            new Dictionary<string, string?> { [$"Integrations:Webhooks:Endpoints:{WebhookTestHost.Endpoint}:Events:0"] = "incident.resolved" });
        var (display, number) = await host.ReportAsync();
        await host.AcknowledgeAsync(number, 1);
        (await host.Incidents.ActAsync(DemoPeople.Jin, display, IncidentCommand.Resolve, "Done")).Status.Should().Be(UseCaseStatus.Succeeded);

        await host.DeliverDueAsync();

        (await host.DeliveriesAsync()).Should().ContainSingle().Which.EventType.Should().Be("incident.resolved");
        receiver.Accepted.Should().ContainSingle().Which.Type.Should().Be("incident.resolved");
    }

    [Fact]
    public async Task Deliver_TwoInstancesDispatchTheSameTableAtOnce_EachDeliverySentOnceAndEachIncidentInOrder()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var first = await WebhookTestHost.CreateAsync(database, receiver, new Dictionary<string, string?> { ["Integrations:Webhooks:MaxConcurrency"] = "3" });
        await using var second = await WebhookTestHost.CreateAsync(database, receiver, new Dictionary<string, string?> { ["Integrations:Webhooks:MaxConcurrency"] = "3" });
        for (var i = 0; i < 4; i++)
        {
            var (display, number) = await first.ReportAsync($"Incident {i}: a stranger on Teams asked for my MFA code, account {i}");
            await first.AcknowledgeAsync(number, 1);
            (await first.Incidents.ActAsync(DemoPeople.Jin, display, IncidentCommand.AddNote, "Caller blocked")).Status.Should().Be(UseCaseStatus.Succeeded);
        }

        await Task.WhenAll(first.DeliverDueAsync(), second.DeliverDueAsync());
        await first.DeliverDueAsync();

        var rows = await first.DeliveriesAsync();
        rows.Should().HaveCount(12).And.OnlyContain(d => d.Status == WebhookDeliveryStatus.Delivered);
        receiver.Received.Should().HaveCount(12, "a leased delivery is sent by one instance only").And.OnlyContain(r => r.SignatureValid && r.Accepted);
        foreach (var incident in receiver.Accepted.GroupBy(r => r.Subject))
        {
            incident.Select(r => r.Version).Should().Equal([1, 2, 3], "events of {0} arrive in order", incident.Key);
        }
    }
}
