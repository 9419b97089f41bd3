using SecurityBot.FunctionalTests.RiskAcceptances;
using SecurityBot.Platform.Persistence;
using static SecurityBot.FunctionalTests.Attestation.AttestationJourney;

namespace SecurityBot.FunctionalTests.Attestation;

public sealed class SqliteAttestationReminderTests() : AttestationReminderTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationReminderTests() : AttestationReminderTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// After the due date, by moving the clock (the shipped calendar: Monday–Friday, 09:00 UTC): the overdue get one
/// reminder a business day, someone who accepted gets none, and on the second business day each overdue person's
/// manager is told once — never again.
/// </summary>
public abstract class AttestationReminderTests(DatabaseProvider provider)
{
    private const string Overdue = "Overdue: this was due on";

    [Fact]
    public async Task PastTheDueDate_OverdueGetOneReminderADayAndTheirManagerOneNotice()
    {
        var clock = new ShiftableClock();
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, clock: clock, graph: organisation);
        var due = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(7);
        await bot.StartCampaignAsync(due);
        (await bot.PressAsync(Person.Alex, "attest.accept", new { campaign = 1 })).GetProperty("statusCode").GetInt32().Should().Be(200);
        await bot.WaitForOutboxDrainedAsync();

        clock.MoveTo(ReminderTimeOn(BusinessDaysAfter(due, 1)));

        (await bot.EventuallyAsync(c => CardCount(c, Person.Isaiah.Conversation, Overdue) == 1 && CardCount(c, ChatOf(MemberIds[^1]), Overdue) == 1))
            .Should().BeTrue("the overdue are reminded on the first business day after the due date. " + bot.Failures);
        await bot.WaitForOutboxDrainedAsync();
        CardCount(bot.Connector, Person.Alex.Conversation, Overdue).Should().Be(0, "Alex accepted");
        foreach (var member in MemberIds.Skip(1))
        {
            CardCount(bot.Connector, ChatOf(member), Overdue).Should().Be(1, "{0} is overdue: one reminder that day", member);
        }

        var megan = GraphChatOf(Person.Megan);
        CardCount(bot.Connector, megan, "has not accepted").Should().Be(0, "managers hear on the second business day after the due date");

        clock.MoveTo(ReminderTimeOn(BusinessDaysAfter(due, 2)));

        (await bot.EventuallyAsync(c => CardCount(c, megan, "Isaiah Langer has not accepted") == 1 && CardCount(c, Person.Isaiah.Conversation, Overdue) == 2))
            .Should().BeTrue("the manager hears once, the overdue are reminded again. " + bot.Failures);
        (await bot.EventuallyAsync(c => CardCount(c, megan, $"{Name(27)} has not accepted") == 1)).Should().BeTrue(bot.Failures);
        CardCount(bot.Connector, megan, "Alex Wilber has not accepted").Should().Be(0);

        clock.MoveTo(ReminderTimeOn(BusinessDaysAfter(due, 3)));

        (await bot.EventuallyAsync(c => CardCount(c, Person.Isaiah.Conversation, Overdue) == 3)).Should().BeTrue(bot.Failures);
        await bot.WaitForOutboxDrainedAsync();
        CardCount(bot.Connector, megan, "Isaiah Langer has not accepted").Should().Be(1, "the notice is once per person and campaign");
        CardCount(bot.Connector, Person.Isaiah.Conversation, AskHeading).Should().Be(4, "the card and one reminder on each of three days");
    }

    /// <summary>Megan never talked to the bot: her notices reach the chat proactive installation made.</summary>
    private static string GraphChatOf(Person person) => Testing.Graph.FakeGraphServer.ChatIdFor(person.AadObjectId);
}
