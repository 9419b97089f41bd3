using System.Text.Json;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteIncidentFlowTests() : IncidentFlowTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentFlowTests() : IncidentFlowTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// An employee reports, the security team triages, an unacknowledged Critical climbs to the CSO: real Teams activity
/// JSON through /api/messages, the real host wiring, a real-HTTP fake connector.
/// </summary>
public abstract class IncidentFlowTests(DatabaseProvider provider)
{
    private const string Phishing = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    [Fact]
    public async Task Report_Command_AnswersWithTheReportForm()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await bot.SayAsync(Person.Alex, "report");

        (await bot.EventuallyAsync(c => c.Posted.Count > 0)).Should().BeTrue();
        var card = bot.Connector.Posted[0].Body;
        card.Should().Contain("Report a security incident").And.Contain(IncidentVerbsText.Submit).And.Contain("Input.ChoiceSet");
    }

    [Fact]
    public async Task FreeText_ThatReadsLikeAnIncident_OffersAPrefilledForm()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await bot.SayAsync(Person.Alex, "my laptop was stolen on the train");

        (await bot.EventuallyAsync(c => c.Posted.Count > 0)).Should().BeTrue();
        bot.Connector.Posted[0].Body.Should().Contain("What I understood").And.Contain("lost-device");
    }

    [Fact]
    public async Task Submit_ThenAcknowledge_ReporterCardUpdatedAndStaleAndForgedClicksChangeNothing()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var submitted = await bot.PressAsync(Person.Alex, IncidentVerbsText.Submit,
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "my mailbox", evidence = "", clicked = "false" });

        CardOf(submitted).Should().Contain("Report received").And.Contain("INC-000001");
        var outbox = await bot.OutboxAsync();
        outbox.Should().Contain(m => m.RecipientAadObjectId == Person.Jin.AadObjectId && m.ActivityJson.Contains("incident.acknowledge", StringComparison.Ordinal));
        outbox.Should().NotContain(m => m.ActivityJson.Contains("https://evil-pay", StringComparison.Ordinal));

        var forged = await bot.PressAsync(Person.Diego, "incident.acknowledge", new { incident = "INC-000001", version = 1 });
        forged.GetProperty("statusCode").GetInt32().Should().Be(404, "a stranger learns nothing, not even that the incident exists");
        (await bot.IncidentAsync(1)).Status.Should().Be(IncidentStatus.New);

        var acknowledged = await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 });
        CardOf(acknowledged).Should().Contain("Acknowledged by Jin Park");

        var doubleClick = await bot.PressAsync(Person.Amara, "incident.acknowledge", new { incident = "INC-000001", version = 1 });
        CardOf(doubleClick).Should().Contain("Nothing changed").And.Contain("Acknowledged by Jin Park");
        var incident = await bot.IncidentAsync(1);
        incident.Version.Should().Be(2);
        incident.Timeline.Count(e => e.Kind == TimelineEventKind.Acknowledged).Should().Be(1);

        // The reporter's form became the confirmation copy: it is updated in place to the new status.
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && p.ActivityId == "1:1card-message-id" && p.Body.Contains("Acknowledged by Jin Park", StringComparison.Ordinal))))
            .Should().BeTrue();
    }

    [Fact]
    public async Task Submit_BadInput_AnswersTheFormWithErrorsAndSavesNothing()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var answer = await bot.PressAsync(Person.Alex, IncidentVerbsText.Submit, new { category = "", description = "hi", clicked = "false" });

        CardOf(answer).Should().Contain("Please fix the following").And.Contain("Choose what kind of incident");
        (await bot.WithDbAsync(db => Task.FromResult(db.Set<Incident>().Count()))).Should().Be(0);
    }

    [Fact]
    public async Task Status_AfterReporting_ListsMyOpenReport()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await bot.PressAsync(Person.Alex, IncidentVerbsText.Submit, new { category = "lost-device", description = "I left my laptop on the train", clicked = "false" });

        await bot.SayAsync(Person.Alex, "status");

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.Body.Contains("Your open reports", StringComparison.Ordinal)))).Should().BeTrue();
        bot.Connector.Posted.Last(p => p.Body.Contains("Your open reports", StringComparison.Ordinal)).Body.Should().Contain("INC-000001");
    }

    [Fact]
    public async Task UnacknowledgedCritical_EscalatesToTheCsoWhenTheClockMoves()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        // Pollers at their slowest allowed interval: moving a manual clock 14 minutes fires every poll on the way, and
        // at the suite's 50 ms that is 33,600 database polls (11 s) per move.
        await using var bot = await BotHarness.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Timers:PollIntervalMilliseconds"] = "1000",
            ["Outbox:PollIntervalMilliseconds"] = "1000",
        });
        await bot.PressAsync(Person.Alex, IncidentVerbsText.Submit, new { category = "ransomware", description = "All my files are encrypted and there is a ransom note", clicked = "true" });

        // Each check stops one second short of a step's due time, counted from the report (waits nudge the clock, so
        // moves are to absolute times); the wait's clock budget is under that second, so it stays short.
        var reported = clock.GetUtcNow();
        clock.Advance(reported + TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1) - clock.GetUtcNow());
        (await bot.WaitForEscalationStepAsync(1, 1, clock, TimeSpan.FromMilliseconds(800))).EscalationStep.Should().Be(0, "the Critical SLA is 15 minutes: one second before it, nothing");
        clock.Advance(TimeSpan.FromSeconds(1));
        (await bot.WaitForEscalationStepAsync(1, 1, clock)).EscalationStep.Should().Be(1);
        clock.Advance(reported + TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1) - clock.GetUtcNow());
        (await bot.WaitForEscalationStepAsync(1, 2, clock, TimeSpan.FromMilliseconds(800))).EscalationStep.Should().Be(1, "the next step comes a full SLA later, not a second sooner");
        clock.Advance(TimeSpan.FromSeconds(1));
        (await bot.WaitForEscalationStepAsync(1, 2, clock)).EscalationStep.Should().Be(2);

        var incident = await bot.IncidentAsync(1);
        incident.EscalationStep.Should().Be(2);
        incident.Timeline.Where(e => e.Kind == TimelineEventKind.Escalated).Select(e => e.Text).Should().SatisfyRespectively(
            first => first.Should().Contain("Tomas Herrera"),
            second => second.Should().Contain("Priya Raman"));
        (await bot.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == Person.Priya.AadObjectId && m.Kind == NotificationKind.NewMessage
                                                        && m.IdempotencyKey.Contains("escalation2", StringComparison.Ordinal));
    }

    private static string CardOf(JsonElement invokeResponse)
    {
        invokeResponse.GetProperty("statusCode").GetInt32().Should().Be(200, invokeResponse.ToString());
        return invokeResponse.GetProperty("value").GetRawText();
    }

    private static class IncidentVerbsText
    {
        public const string Submit = "incident.submit";
    }
}
