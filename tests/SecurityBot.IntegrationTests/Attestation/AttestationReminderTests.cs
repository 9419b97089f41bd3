using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Attestation;

public sealed class SqliteAttestationReminderTests() : AttestationReminderTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationReminderTests() : AttestationReminderTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Reminders and the manager notice by moving the clock (due Friday 13 March 2026, UTC, 09:00): Tuesday 10 and
/// Thursday 12 before, Friday 13, then Monday 16, Tuesday 17 (the managers too) and Wednesday 18 overdue.
/// </summary>
public abstract class AttestationReminderTests(DatabaseProvider provider)
{
    private static readonly string Accepted = AttestationOrganisation.Staff(4);
    private static readonly int[] Days = [10, 12, 13, 16, 17, 18];

    private static DateTimeOffset NineOn(int day) => new(2026, 3, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MoveTheClock_EachReminderDay_RemindsEveryPendingPersonOnceThatDayEvenWhenTheRunRepeats()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        await host.AcceptAsync(number, Accepted);
        var pending = AttestationOrganisation.AllStaff.Where(s => s != Accepted).ToList();

        await host.MoveToAsync(NineOn(10).AddMinutes(-1));
        (await host.OutboxAsync()).Should().NotContain(m => m.IdempotencyKey.Contains(":remind:", StringComparison.Ordinal), "nothing before the first reminder time");

        foreach (var day in Days)
        {
            await host.MoveToAsync(NineOn(day));
            await host.MoveToAsync(NineOn(day).AddHours(2));
            await host.ScheduleNowAsync(number, AttestationTimers.Reminders);
            await host.FireDueTimersAsync();

            var reminders = await host.CardsAsync(number, $"remind:202603{day:D2}");
            reminders.Select(m => m.RecipientAadObjectId).Should().BeEquivalentTo(pending, $"on the {day}th each pending person once, even when the run repeats");
            var text = day switch
            {
                < 13 => "Reminder: please accept by Fri 13 Mar 2026.",
                13 => "Due today.",
                _ => "Overdue: this was due on Fri 13 Mar 2026.",
            };
            reminders.Should().OnlyContain(m => m.ActivityJson.Contains(text, StringComparison.Ordinal));
        }

        await host.MoveToAsync(NineOn(31));
        var all = (await host.OutboxAsync()).Where(m => m.IdempotencyKey.Contains(":remind:", StringComparison.Ordinal)).ToList();
        all.Should().HaveCount(pending.Count * Days.Length, "no reminder on the 11th, at weekends or after the 18th");
        (await host.PendingAsync(AttestationTimers.Reminders)).Should().BeEmpty("the calendar is over");
        (await host.MembersAsync()).Where(m => m.Status == MemberStatus.Pending).Should().OnlyContain(m => m.Reminders == Days.Length);
        (await host.MembersAsync()).Single(m => m.UserId == Accepted).Reminders.Should().Be(0);
    }

    [Fact]
    public async Task ManagerNotice_OnTheNoticeDay_TellsEachOverduePersonsManagerOnceAndNobodyForSomeoneWithout()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        await host.AcceptAsync(number, Accepted);

        await host.MoveToAsync(NineOn(16));
        (await host.CardsAsync(number, "manager-notice")).Should().BeEmpty("the managers hear on the second business day after the due date");
        await host.MoveToAsync(NineOn(17));
        await host.ScheduleNowAsync(number, AttestationTimers.Reminders);
        await host.FireDueTimersAsync();
        await host.MoveToAsync(NineOn(20));

        var notices = await host.CardsAsync(number, "manager-notice");
        var told = AttestationOrganisation.AllStaff.Where(s => s != Accepted && s != AttestationOrganisation.Unmanaged).ToList();
        notices.Should().HaveCount(told.Count, "one notice per overdue person with a manager");
        notices.Should().OnlyContain(m => m.RecipientAadObjectId == AttestationOrganisation.Megan, "their manager in the directory");
        notices.Select(m => m.IdempotencyKey).Should().BeEquivalentTo(told.Select(s => $"attest:{number}:manager-notice:{s}:{AttestationOrganisation.Megan}"));
        notices.Should().Contain(m => m.ActivityJson.Contains($"{AttestationOrganisation.StaffName(1)} has not accepted", StringComparison.Ordinal));
        var members = await host.MembersAsync();
        members.Where(m => m.Status == MemberStatus.Pending).Should().OnlyContain(m => m.ManagerNotifiedAt == NineOn(17), "marked once, the person without a manager too");
        members.Single(m => m.UserId == Accepted).ManagerNotifiedAt.Should().BeNull();
    }

    [Fact]
    public async Task LeftTheDirectory_BetweenTwoReminderDays_DropsOutAndGetsNoMoreReminders()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisation = new AttestationOrganisation();
        var leaver = AttestationOrganisation.Staff(7);
        var host = await AttestationFanOutTests.CreateHostAsync(database, organisation);
        var clock = host.Clock;
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        await host.MoveToAsync(NineOn(10));
        (await host.CardsAsync(number, "remind:20260310")).Should().HaveCount(AttestationOrganisation.StaffCount);
        await host.DisposeAsync();

        // They leave the organisation; the bot restarts reading the directory as it is now.
        organisation.Leave(leaver);
        var file = Path.Combine(Path.GetTempPath(), $"attestation-directory-{Guid.NewGuid():N}.json");
        organisation.WriteTo(file);
        await using var restarted = await AttestationTestHost.CreateAsync(database, file, clock);
        await restarted.MoveToAsync(NineOn(12));
        await restarted.MoveToAsync(NineOn(17));

        var member = (await restarted.MembersAsync()).Single(m => m.UserId == leaver);
        member.Status.Should().Be(MemberStatus.Removed);
        member.RemovedReason.Should().Be("left the directory");
        member.RemovedAt.Should().Be(NineOn(12));
        (await restarted.CardsAsync(number, "remind:20260312")).Should().HaveCount(AttestationOrganisation.StaffCount - 1).And.NotContain(m => m.RecipientAadObjectId == leaver);
        (await restarted.OutboxAsync()).Where(m => m.RecipientAadObjectId == leaver).Should().HaveCount(2, "their first card and the reminder of the 10th");
        (await restarted.CardsAsync(number, "manager-notice")).Should().NotContain(m => m.IdempotencyKey.Contains(leaver, StringComparison.Ordinal));
        var campaign = await restarted.CampaignAsync(number);
        var figures = await restarted.InScopeAsync(sp => sp.GetRequiredService<CampaignProgress>().ComputeAsync(campaign, CancellationToken.None));
        figures.Should().BeEquivalentTo(new { Asked = AttestationOrganisation.StaffCount - 1, Removed = 1, Accepted = 0 });
    }

    [Fact]
    public async Task ReminderRun_FiringLateOnADayWithoutWork_KeepsTheCalendarGoing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();

        // The bot was down from before Tuesday's run until Saturday 14: the run due on the 10th fires at the weekend.
        await host.MoveToAsync(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero));

        (await host.PendingAsync(AttestationTimers.Reminders)).Should().ContainSingle("a late run on a day without work still books the next")
            .Which.DueAt.Should().Be(NineOn(16));
        await host.MoveToAsync(NineOn(16));
        (await host.CardsAsync(number, "remind:20260316")).Should().HaveCount(AttestationOrganisation.StaffCount);
    }
}
