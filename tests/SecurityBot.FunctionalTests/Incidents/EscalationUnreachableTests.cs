using Microsoft.EntityFrameworkCore;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteEscalationUnreachableTests() : EscalationUnreachableTests(DatabaseProvider.Sqlite);

public sealed class PostgresEscalationUnreachableTests() : EscalationUnreachableTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Issue 20 item 4 through /api/messages: the security lead (escalation step 1) blocked SecurityBot, so when the
/// Critical SLA passes and their card is refused, the incident climbs to the CSO at once instead of waiting another
/// SLA, and the reporter is told who has it now.
/// </summary>
public abstract class EscalationUnreachableTests(DatabaseProvider provider)
{
    private const string Ransomware = "All my files are encrypted and there is a ransom note";

    [Fact]
    public async Task Escalate_StepsOnlyPersonBlockedTheBot_MovesToTheNextStepAndTellsTheReporter()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await using var bot = await StartAsync(clock);
        bot.Connector.Block(Person.Tomas.Conversation);
        await bot.PressAsync(Person.Alex, "incident.submit", new { category = "ransomware", description = Ransomware, clicked = "true" });
        var reported = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromMinutes(15));
        var told = await NudgeUntilAsync(clock, () => TextsTo(bot, Person.Alex).Any(t => t.Contains("could not be reached", StringComparison.Ordinal)));

        told.Should().BeTrue("the reporter is told their report went past the lead");
        var incident = await bot.IncidentAsync(1);
        incident.EscalationStep.Should().Be(2, "the CSO has it without a second SLA passing");
        (clock.GetUtcNow() - reported).Should().BeLessThan(TimeSpan.FromMinutes(30), "the climb did not wait for the next SLA");
        incident.Timeline.Where(e => e.Kind == TimelineEventKind.Escalated).Select(e => e.Text).Should().SatisfyRespectively(
            first => first.Should().Contain("Tomas Herrera"),
            second => second.Should().Contain("Tomas Herrera could not be reached").And.Contain("Priya Raman"));
        TextsTo(bot, Person.Alex).Should().Contain(t => t.Contains("Tomas Herrera could not be reached, so your report went to Priya Raman", StringComparison.Ordinal));
        (await bot.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == Person.Priya.AadObjectId && m.IdempotencyKey.Contains("escalation2", StringComparison.Ordinal));
        (await bot.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityId == "INC-000001" && e.Action == "escalated"))).Should().Be(2);
    }

    [Fact]
    public async Task Escalate_StepsPersonReachable_WaitsForTheNextSla()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await using var bot = await StartAsync(clock);
        bot.Connector.Block(Person.Priya.Conversation);
        await bot.PressAsync(Person.Alex, "incident.submit", new { category = "ransomware", description = Ransomware, clicked = "true" });

        clock.Advance(TimeSpan.FromMinutes(15));
        (await NudgeUntilAsync(clock, () => TextsTo(bot, Person.Tomas).Any(t => t.Contains("INC-000001", StringComparison.Ordinal)))).Should().BeTrue();
        await NudgeUntilAsync(clock, () => false, TimeSpan.FromSeconds(5));

        (await bot.IncidentAsync(1)).EscalationStep.Should().Be(1, "the lead has the card; a blocked CSO further up changes nothing yet");
        TextsTo(bot, Person.Alex).Should().NotContain(t => t.Contains("could not be reached", StringComparison.Ordinal));
    }

    private async Task<BotHarness> StartAsync(ManualTimeProvider clock)
    {
        var bot = await BotHarness.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Timers:PollIntervalMilliseconds"] = "1000",
            ["Outbox:PollIntervalMilliseconds"] = "1000",
        });
        foreach (var person in new[] { Person.Alex, Person.Tomas, Person.Priya })
        {
            (await bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }

        return bot;
    }

    private static List<string> TextsTo(BotHarness bot, Person person) =>
        bot.Connector.Posted.Where(p => p.ConversationId == person.Conversation).Select(p => CardJson.Texts(p.Body)).ToList();

    // The host's pollers wait on the manual clock: nudge it (a little at a time, well inside the next SLA) until done.
    private static async Task<bool> NudgeUntilAsync(ManualTimeProvider clock, Func<bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!done() && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(20);
        }

        return done();
    }
}
