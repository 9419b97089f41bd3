using System.Text.Json;
using SecurityBot.Crisis.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Testing.Cards;

namespace SecurityBot.IntegrationTests.Crisis;

public sealed class SqliteRegulatorClockTests() : RegulatorClockTests(DatabaseProvider.Sqlite);

public sealed class PostgresRegulatorClockTests() : RegulatorClockTests(DatabaseProvider.PostgreSQL);

/// <summary>"breach", "notified", "no-notification" in a crisis room, on the real crisis wiring and database.</summary>
public abstract class RegulatorClockTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Deadline = CrisisTestHost.Start.AddHours(72);

    [Fact]
    public async Task Mark_ByAResponder_StartsTheClockPostsItsCardAuditsAndSchedulesTheFirstReminder()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        var outcome = await host.MarkAsync(DemoPeople.Jin.Id);

        outcome.Status.Should().Be(UseCaseStatus.Succeeded, outcome.Message);
        var clock = (await host.ClockAsync())!;
        clock.Status.Should().Be(RegulatorClockStatus.Running);
        clock.StartedById.Should().Be(DemoPeople.Jin.Id);
        clock.StartedByName.Should().Be("Jin Park");
        clock.StartedAt.Should().Be(CrisisTestHost.Start);
        clock.DeadlineAt.Should().Be(Deadline);
        (await host.PendingRegulatorTimersAsync()).Should().ContainSingle().Which.DueAt.Should().Be(Deadline.AddHours(-48));
        var card = (await host.RegulatorMessagesAsync()).Should().ContainSingle().Subject;
        card.ConversationId.Should().Be(CrisisTestHost.ChatId);
        var json = CardOf(card.ActivityJson);
        json.Should().Contain("{{DATE(2026-03-05T10:00:00Z, SHORT)}} {{TIME(2026-03-05T10:00:00Z)}}", "every reader sees the deadline in their zone")
            .And.Contain("Jin Park").And.Contain("72 h when this was posted");
        var validation = await AdaptiveCardValidator.ValidateAsync(json);
        validation.IsValid.Should().BeTrue(string.Join("; ", validation.Problems));
        (await host.AuditAsync()).Should().ContainSingle().Which.Action.Should().Be("personal-data-marked");
    }

    [Fact]
    public async Task Mark_Twice_AnswersWithTheRunningClockAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);
        var first = (await host.ClockAsync())!;
        host.Advance(TimeSpan.FromHours(3));

        var again = await host.MarkAsync(DemoPeople.Lena.Id);

        again.Status.Should().Be(UseCaseStatus.Succeeded);
        again.Message.Should().Contain("already running").And.Contain("69 h left");
        var clock = (await host.ClockAsync())!;
        clock.StartedById.Should().Be(DemoPeople.Jin.Id);
        clock.DeadlineAt.Should().Be(Deadline);
        clock.Version.Should().Be(first.Version);
        (await host.PendingRegulatorTimersAsync()).Should().ContainSingle();
        (await host.RegulatorMessagesAsync()).Should().ContainSingle();
        (await host.AuditAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Mark_BySomeoneWhoMayNotTriage_IsForbiddenAndNothingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        var outcome = await host.MarkAsync(DemoPeople.Alex.Id);

        outcome.Status.Should().Be(UseCaseStatus.Forbidden);
        (await host.ClockAsync()).Should().BeNull();
        (await host.PendingRegulatorTimersAsync()).Should().BeEmpty();
        (await host.RegulatorMessagesAsync()).Should().BeEmpty();
        (await host.AuditAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Mark_OutsideACrisisRoom_AnswersNotARoom()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        var outcome = await host.MarkAsync(DemoPeople.Jin.Id, chatId: "a:personal-chat");

        outcome.Status.Should().Be(UseCaseStatus.NotFound);
        (await host.ClockAsync()).Should().BeNull();
    }

    [Fact]
    public async Task Notified_ByTheDpo_RecordsWhoWhenAndTheReferenceAndStopsTheTimer()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);
        host.Advance(TimeSpan.FromHours(30));

        var outcome = await host.NotifiedAsync(CrisisTestHost.Dpo, "ICO-2026-0042 **urgent** <at>Priya</at>");

        outcome.Status.Should().Be(UseCaseStatus.Succeeded, outcome.Message);
        var clock = (await host.ClockAsync())!;
        clock.Status.Should().Be(RegulatorClockStatus.Notified);
        clock.DecidedById.Should().Be(CrisisTestHost.Dpo);
        clock.DecidedByName.Should().Be("Megan Bowen");
        clock.DecidedAt.Should().Be(CrisisTestHost.Start.AddHours(30));
        clock.AuthorityReference.Should().Be("ICO-2026-0042 **urgent** <at>Priya</at>");
        (await host.PendingRegulatorTimersAsync()).Should().BeEmpty();
        var card = (await host.RegulatorMessagesAsync()).Single(m => m.IdempotencyKey.EndsWith(":authority-notified", StringComparison.Ordinal));
        var json = CardOf(card.ActivityJson);
        json.Should().Contain("ICO-2026-0042").And.NotContain("<at>Priya</at>", "the reference is escaped").And.NotContain("**urgent**");
        var validation = await AdaptiveCardValidator.ValidateAsync(json);
        validation.IsValid.Should().BeTrue(string.Join("; ", validation.Problems));
        (await host.AuditAsync()).Select(a => a.Action).Should().Equal("personal-data-marked", "authority-notified");
    }

    [Fact]
    public async Task Notified_ByAResponderWhoIsNotTheDpoCsoOrLead_IsForbiddenAndTheClockRuns()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);

        var outcome = await host.NotifiedAsync(DemoPeople.Jin.Id, null);

        outcome.Status.Should().Be(UseCaseStatus.Forbidden);
        (await host.ClockAsync())!.Status.Should().Be(RegulatorClockStatus.Running);
        (await host.PendingRegulatorTimersAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Notified_Twice_IsRefusedAndKeepsTheFirstRecord()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);
        await host.NotifiedAsync(DemoPeople.PriyaCso.Id, "REF-1");
        host.Advance(TimeSpan.FromHours(1));

        var again = await host.NotifiedAsync(CrisisTestHost.Dpo, "REF-2");

        again.Status.Should().Be(UseCaseStatus.Refused);
        var clock = (await host.ClockAsync())!;
        clock.DecidedById.Should().Be(DemoPeople.PriyaCso.Id);
        clock.AuthorityReference.Should().Be("REF-1");
    }

    [Fact]
    public async Task NotNotifiable_ByTheSecurityLeadWithAReason_StopsTheClockAndWithoutOneIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);

        (await host.NotNotifiableAsync(DemoPeople.TomasLead.Id, "  ")).Status.Should().Be(UseCaseStatus.Refused);
        var outcome = await host.NotNotifiableAsync(DemoPeople.TomasLead.Id, "The data was encrypted; DPO agrees the risk is unlikely.");

        outcome.Status.Should().Be(UseCaseStatus.Succeeded, outcome.Message);
        var clock = (await host.ClockAsync())!;
        clock.Status.Should().Be(RegulatorClockStatus.NotNotifiable);
        clock.DecidedById.Should().Be(DemoPeople.TomasLead.Id);
        clock.NoNotificationReason.Should().StartWith("The data was encrypted");
        (await host.PendingRegulatorTimersAsync()).Should().BeEmpty();
        var card = (await host.RegulatorMessagesAsync()).Single(m => m.IdempotencyKey.EndsWith(":no-notification-needed", StringComparison.Ordinal));
        var validation = await AdaptiveCardValidator.ValidateAsync(CardOf(card.ActivityJson));
        validation.IsValid.Should().BeTrue(string.Join("; ", validation.Problems));
        (await host.AuditAsync()).Select(a => a.Action).Should().Equal("personal-data-marked", "no-notification-needed");
    }

    internal static string CardOf(string activityJson)
    {
        using var activity = JsonDocument.Parse(activityJson);
        return activity.RootElement.GetProperty("attachments")[0].GetProperty("content").GetRawText();
    }
}
