using SecurityBot.Crisis.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Cards;

namespace SecurityBot.IntegrationTests.Crisis;

public sealed class SqliteRegulatorReminderTests() : RegulatorReminderTests(DatabaseProvider.Sqlite);

public sealed class PostgresRegulatorReminderTests() : RegulatorReminderTests(DatabaseProvider.PostgreSQL);

/// <summary>The regulator's reminders on the real timers and outbox: at each point once, across restarts, until notified.</summary>
public abstract class RegulatorReminderTests(DatabaseProvider provider)
{
    private const string Prefix = $"crisis:{CrisisTestHost.Number}:regulator:";
    private static readonly DateTimeOffset Deadline = CrisisTestHost.Start.AddHours(72);
    private static readonly int[] HoursBefore = [48, 24, 12, 4, 1];

    [Fact]
    public async Task MoveTheClock_EachReminderPoint_RemindsTheDpoAndTheCsoOnceAndTellsTheRoom()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);

        foreach (var hours in HoursBefore)
        {
            await host.MoveToAsync(Deadline.AddHours(-hours).AddSeconds(-1));
            (await ReminderKeysAsync(host, $"{hours}h")).Should().BeEmpty($"the {hours} h reminder is not due yet");

            await host.MoveToAsync(Deadline.AddHours(-hours));
            await host.FireDueTimersAsync();

            (await ReminderKeysAsync(host, $"{hours}h")).Should().BeEquivalentTo(
                [$"{Prefix}{hours}h", $"{Prefix}{hours}h:{CrisisTestHost.Dpo}", $"{Prefix}{hours}h:{DemoPeople.PriyaCso.Id}"]);
            var pending = (await host.PendingRegulatorTimersAsync()).Should().ContainSingle("one reminder is pending at a time").Subject;
            pending.DueAt.Should().Be(hours == 1 ? Deadline : Deadline.AddHours(-HoursBefore[Array.IndexOf(HoursBefore, hours) + 1]));
        }

        var messages = await host.RegulatorMessagesAsync();
        messages.Should().HaveCount(1 + (HoursBefore.Length * 3), "the clock's card, then per point the room's line and two 1:1 cards");
        messages.Where(m => m.RecipientAadObjectId is not null).Should().OnlyContain(m => m.RecipientAadObjectId == CrisisTestHost.Dpo || m.RecipientAadObjectId == DemoPeople.PriyaCso.Id);
        var cards = messages.Select(m => (m.IdempotencyKey, RegulatorClockTests.CardOf(m.ActivityJson))).ToList();
        foreach (var result in await AdaptiveCardValidator.ValidateAsync(cards))
        {
            result.IsValid.Should().BeTrue(string.Join("; ", result.Problems));
        }
    }

    [Fact]
    public async Task Deadline_PassedWithoutNotification_TellsTheDpoCsoAndSecurityLeadOnceAndStops()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);
        foreach (var hours in HoursBefore)
        {
            await host.MoveToAsync(Deadline.AddHours(-hours));
        }

        await host.MoveToAsync(Deadline);
        await host.MoveToAsync(Deadline.AddDays(3));

        (await ReminderKeysAsync(host, "deadline")).Should().BeEquivalentTo(
            [$"{Prefix}deadline", $"{Prefix}deadline:{CrisisTestHost.Dpo}", $"{Prefix}deadline:{DemoPeople.PriyaCso.Id}", $"{Prefix}deadline:{DemoPeople.TomasLead.Id}"]);
        (await host.PendingRegulatorTimersAsync()).Should().BeEmpty("nothing is left to remind");
        var clock = (await host.ClockAsync())!;
        clock.Status.Should().Be(RegulatorClockStatus.Running, "the authority is still owed the notification");
        clock.DeadlinePassedNoticeAt.Should().Be(Deadline);
        (await host.AuditAsync()).Select(a => a.Action).Should().Equal("personal-data-marked", "notification-deadline-passed");
        var urgent = (await host.RegulatorMessagesAsync()).Single(m => m.IdempotencyKey == $"{Prefix}deadline:{DemoPeople.TomasLead.Id}");
        var json = RegulatorClockTests.CardOf(urgent.ActivityJson);
        json.Should().Contain("Notification deadline passed");
        var validation = await AdaptiveCardValidator.ValidateAsync(json);
        validation.IsValid.Should().BeTrue(string.Join("; ", validation.Problems));
    }

    [Fact]
    public async Task Restart_AcrossTheSeventyTwoHours_StillRemindsAndTheDeadlineNoticeComes()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = await CrisisTestHost.CreateAsync(database))
        {
            await first.OpenRoomAsync();
            await first.MarkAsync(DemoPeople.Jin.Id);
        }

        // A new process a day later: only the rows remain.
        await using (var second = await CrisisTestHost.CreateAsync(database, later: TimeSpan.FromHours(24)))
        {
            await second.FireDueTimersAsync();
            (await ReminderKeysAsync(second, "48h")).Should().HaveCount(3);
            await second.MoveToAsync(Deadline.AddHours(-24));
            (await ReminderKeysAsync(second, "24h")).Should().HaveCount(3);
        }

        // Down from 48 h to 73 h: the next process tells the deadline at once, without replaying the points it slept through.
        await using var third = await CrisisTestHost.CreateAsync(database, later: TimeSpan.FromHours(73));
        await third.FireDueTimersAsync();
        await third.FireDueTimersAsync();

        (await ReminderKeysAsync(third, "deadline")).Should().HaveCount(4);
        (await ReminderKeysAsync(third, "12h")).Should().BeEmpty();
        (await ReminderKeysAsync(third, "48h")).Should().HaveCount(3, "nothing was said twice");
        (await third.PendingRegulatorTimersAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Notified_AfterTheFirstReminder_NoMoreRemindersEvenAcrossARestart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = await CrisisTestHost.CreateAsync(database))
        {
            await first.OpenRoomAsync();
            await first.MarkAsync(DemoPeople.Jin.Id);
            await first.MoveToAsync(Deadline.AddHours(-48));
            (await first.NotifiedAsync(CrisisTestHost.Dpo, "ICO-42")).Succeeded.Should().BeTrue();
        }

        await using var second = await CrisisTestHost.CreateAsync(database, later: TimeSpan.FromHours(100));
        await second.FireDueTimersAsync();

        var keys = (await second.RegulatorMessagesAsync()).Select(m => m.IdempotencyKey).ToList();
        keys.Should().BeEquivalentTo([
            $"{Prefix}started", $"{Prefix}48h", $"{Prefix}48h:{CrisisTestHost.Dpo}", $"{Prefix}48h:{DemoPeople.PriyaCso.Id}", $"{Prefix}authority-notified"]);
        var clock = (await second.ClockAsync())!;
        clock.Status.Should().Be(RegulatorClockStatus.Notified);
        clock.DecidedById.Should().Be(CrisisTestHost.Dpo);
        clock.DecidedAt.Should().Be(Deadline.AddHours(-48));
        clock.DeadlinePassedNoticeAt.Should().BeNull();
    }

    private static async Task<List<string>> ReminderKeysAsync(CrisisTestHost host, string point) =>
        [.. (await host.RegulatorMessagesAsync()).Select(m => m.IdempotencyKey)
            .Where(k => k == Prefix + point || k.StartsWith($"{Prefix}{point}:", StringComparison.Ordinal))];
}
