using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>
/// A timer handler that re-renders an entity's unsent cards while the outbox dispatcher leases them. PostgreSQL only,
/// because only there can it happen: on SQLite a timer's transaction begins IMMEDIATE and holds the single write lock
/// from its first statement, so the dispatcher's lease waits for the commit (arranging the race there would only
/// deadlock the test against its own lock).
/// </summary>
public sealed class PostgresEscalationDispatcherLeaseTests
{
    [Fact]
    public async Task Escalation_DispatcherLeasesAnUnsentCardMeanwhile_FiresAtOnceNotAfterABackoff()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        DispatcherLeaseRecord? dispatcher = null;
        await using var host = await IncidentTestHost.CreateAsync(database, services: s => dispatcher = DispatcherLeaseRecord.Register(s));
        var incident = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        dispatcher!.Armed = true;

        // Not a failure of the handler: the timer runs again at once, on fresh data, and fires once.
        (await host.FireDueTimersAsync()).Should().Be(1);

        dispatcher.Rows.Should().BeGreaterThan(0);
        (await host.LoadAsync(incident.Number))!.EscalationStep.Should().Be(1);
        var fired = (await host.TimersAsync()).Where(t => t.Status == TimerStatus.Fired).Should().ContainSingle().Subject;
        fired.Attempts.Should().Be(1, "a lease taken meanwhile is not an attempt that failed");
        fired.LastError.Should().BeNull();
    }
}
