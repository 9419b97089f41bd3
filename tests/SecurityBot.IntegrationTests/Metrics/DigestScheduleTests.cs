using System.Text.Json;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Cards;

namespace SecurityBot.IntegrationTests.Metrics;

public sealed class SqliteDigestScheduleTests() : DigestScheduleTests(DatabaseProvider.Sqlite);

public sealed class PostgresDigestScheduleTests() : DigestScheduleTests(DatabaseProvider.PostgreSQL);

/// <summary>The weekly digest on the real timers and outbox: once per occurrence, across restarts, retries and outages.</summary>
public abstract class DigestScheduleTests(DatabaseProvider provider)
{
    // The hosts start on Monday 2 March 2026 10:00 UTC; Mondays 08:00 in London are 08:00 UTC until 29 March.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstDue = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondDue = new(2026, 3, 16, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_FirstTime_SchedulesOneTimerAtTheNextOccurrence()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DigestTestHost.CreateAsync(database);
        host.Now.Should().Be(Start);

        (await host.StartAsync()).Should().Be(FirstDue);

        (await host.PendingDigestTimersAsync()).Should().ContainSingle().Which.DueAt.Should().Be(FirstDue);
    }

    [Fact]
    public async Task FireDue_AtTheDueTime_QueuesOneDigestPerRecipientAndSchedulesTheNext()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DigestTestHost.CreateAsync(database);
        await host.StartAsync();

        host.Advance(FirstDue - host.Now - TimeSpan.FromSeconds(1));
        await host.FireDueTimersAsync();
        (await host.DigestsAsync()).Should().BeEmpty("it is not due yet");

        host.Advance(TimeSpan.FromSeconds(1));
        await host.FireDueTimersAsync();
        await host.FireDueTimersAsync();

        var digests = await host.DigestsAsync();
        digests.Select(d => d.RecipientAadObjectId).Should().BeEquivalentTo([DemoPeople.PriyaCso.Id, DemoPeople.TomasLead.Id]);
        digests.Should().OnlyContain(d => d.IdempotencyKey.Contains("2026-03-09T08:00Z", StringComparison.Ordinal));
        var timers = await host.DigestTimersAsync();
        timers.Should().HaveCount(2);
        timers[0].Status.Should().Be(TimerStatus.Fired);
        timers[1].Status.Should().Be(TimerStatus.Scheduled);
        timers[1].DueAt.Should().Be(SecondDue);
    }

    [Fact]
    public async Task Start_Restarted_DoesNotScheduleASecondTimer()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = await DigestTestHost.CreateAsync(database))
        {
            await first.StartAsync();
        }

        await using var second = await DigestTestHost.CreateAsync(database, later: TimeSpan.FromHours(5));
        var before = await second.PendingDigestTimersAsync();
        await second.StartAsync();
        await second.StartAsync();

        var after = await second.PendingDigestTimersAsync();
        after.Should().ContainSingle().Which.Id.Should().Be(before.Single().Id, "a restart keeps the timer it finds");
        (await second.DigestTimersAsync()).Should().HaveCount(1, "nothing was cancelled and replaced either");
    }

    [Fact]
    public async Task FireDue_RetriedFiring_DoesNotQueueASecondCard()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DigestTestHost.CreateAsync(database);
        await host.StartAsync();
        host.Advance(FirstDue - host.Now);
        await host.FireDueTimersAsync();

        await host.RunHandlerAgainAsync((await host.DigestTimersAsync())[0]);

        (await host.DigestsAsync()).Should().HaveCount(2);
        (await host.PendingDigestTimersAsync()).Should().ContainSingle().Which.DueAt.Should().Be(SecondDue);
    }

    [Fact]
    public async Task FireDue_DuplicateTimerForTheSameOccurrence_QueuesNothingMoreAndLeavesOneTimer()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DigestTestHost.CreateAsync(database);
        await host.StartAsync();
        await host.AddDuplicateTimerAsync(FirstDue);
        host.Advance(FirstDue - host.Now);

        await host.FireDueTimersAsync();
        await host.FireDueTimersAsync();

        (await host.DigestsAsync()).Should().HaveCount(2);
        (await host.PendingDigestTimersAsync()).Should().ContainSingle().Which.DueAt.Should().Be(SecondDue);
    }

    [Fact]
    public async Task Start_AfterBeingDownAtTheDueTime_FiresTheMissedDigestOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var before = await DigestTestHost.CreateAsync(database))
        {
            await before.StartAsync();
        }

        // Back on Wednesday 11 March at noon, two days after the digest was due.
        await using var host = await DigestTestHost.CreateAsync(database, later: new DateTimeOffset(2026, 3, 11, 12, 0, 0, TimeSpan.Zero) - Start);
        (await host.StartAsync()).Should().Be(FirstDue, "the missed occurrence is kept, not skipped");
        await host.FireDueTimersAsync();
        await host.FireDueTimersAsync();

        var digests = await host.DigestsAsync();
        digests.Should().HaveCount(2).And.OnlyContain(d => d.IdempotencyKey.Contains("2026-03-09T08:00Z", StringComparison.Ordinal));
        (await host.PendingDigestTimersAsync()).Should().ContainSingle().Which.DueAt.Should().Be(SecondDue);
    }

    [Fact]
    public async Task Start_AfterThreeMissedWeeks_SendsOneDigestAndResumesAtLocalEightAfterTheClockChange()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var before = await DigestTestHost.CreateAsync(database))
        {
            await before.StartAsync();
        }

        // Back on Tuesday 31 March: 9, 16, 23 and 30 March were missed; the clocks went forward on the 29th.
        await using var host = await DigestTestHost.CreateAsync(database, later: TimeSpan.FromDays(29));
        await host.StartAsync();
        await host.FireDueTimersAsync();
        await host.FireDueTimersAsync();

        (await host.DigestsAsync()).Should().HaveCount(2, "one digest catches up, not one per missed week");
        (await host.PendingDigestTimersAsync()).Should().ContainSingle().Which.DueAt.Should().Be(new DateTimeOffset(2026, 4, 6, 8, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task FireDue_CsoIsAlsoTheSecurityLead_QueuesOneDigest()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DigestTestHost.CreateAsync(database, settings: new Dictionary<string, string?> { ["Roles:SecurityLeadUserId"] = DemoPeople.PriyaCso.Id });
        await host.StartAsync();
        host.Advance(FirstDue - host.Now);

        await host.FireDueTimersAsync();

        (await host.DigestsAsync()).Should().ContainSingle().Which.RecipientAadObjectId.Should().Be(DemoPeople.PriyaCso.Id);
    }

    [Fact]
    public async Task Start_Disabled_CancelsThePendingDigest()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var enabled = await DigestTestHost.CreateAsync(database))
        {
            await enabled.StartAsync();
        }

        await using var disabled = await DigestTestHost.CreateAsync(database, settings: new Dictionary<string, string?> { ["Metrics:Digest:Enabled"] = "false" });
        (await disabled.StartAsync()).Should().BeNull();

        (await disabled.PendingDigestTimersAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task FireDue_IncidentBreachingItsSla_DigestCardListsItWithAnOpenActionAndPassesTheValidator()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DigestTestHost.CreateAsync(database);
        var incident = (await host.Incidents.ReportAsync(DemoPeople.Alex, "phishing", "A mail asked for my password on a fake login page")).Incident!;
        await host.StartAsync();
        host.Advance(FirstDue - host.Now);

        await host.FireDueTimersAsync();
        await host.FireDueTimersAsync();

        var digest = (await host.DigestsAsync()).First();
        using var activity = JsonDocument.Parse(digest.ActivityJson);
        var card = activity.RootElement.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        card.Should().Contain($"status {incident.DisplayNumber}").And.Contain("Incidents breaching their SLA now (1)");
        var result = await AdaptiveCardValidator.ValidateAsync(card);
        result.IsValid.Should().BeTrue(string.Join("; ", result.Problems));
    }
}
