using Microsoft.EntityFrameworkCore;
using Npgsql;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.FakeConnector;

using Xunit.Abstractions;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// The real host killed with SIGKILL while an incident's escalation timer is leased and its handler is mid-run
/// (held by a row lock the test takes on the incident, on PostgreSQL), then restarted on the DEFAULT settings: the
/// timer fires within <see cref="CrashRecoveryTests.RecoveryBound"/> of the restart, exactly once.
/// </summary>
public sealed class TimerCrashRecoveryTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Host_KilledWhileATimerIsLeasedAndRestarted_TimerFiresExactlyOnceWithinTheRecoveryBound()
    {
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        var timerId = await SeedAsync(database);
        var environment = CrashRecoveryTests.Environment(database, teams);

        using (var first = BotProcess.Start(environment))
        {
            await using var incidentLock = new NpgsqlConnection(database.ConnectionString);
            await incidentLock.OpenAsync();
            await using var hold = await incidentLock.BeginTransactionAsync();
            await ExecuteAsync(incidentLock, """SELECT 1 FROM "Incidents" FOR UPDATE""");

            await using (var db = CrashRecoveryTests.NewContext(database))
            {
                await db.Set<ScheduledTimer>().Where(t => t.Id == timerId).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, DateTimeOffset.UtcNow));
            }

            // Leased, and the handler's update of the incident waits for the test's lock: the firing is mid-run.
            await Eventually.HoldsAsync(async () => await LeaseOwnerAsync(database, timerId) is not null && await HandlerBlockedAsync(database),
                () => $"timer leased and its handler mid-run; output:\n{first.Output}", timeoutSeconds: 180);
            first.Kill();
            await hold.RollbackAsync();
        }

        (await ReadAsync(database, timerId)).Timer.Status.Should().Be(TimerStatus.Scheduled, "the killed run committed nothing");

        TimeSpan recovery;
        using (var second = BotProcess.Start(environment))
        {
            var restarted = await second.WaitUntilStartedAsync();
            await Eventually.HoldsAsync(async () => (await ReadAsync(database, timerId)).Timer.Status == TimerStatus.Fired,
                () => $"timer fired after restart; output:\n{second.Output}", timeoutSeconds: 180);
            recovery = restarted.Elapsed;
            second.Kill();
        }

        var (timer, escalations, step) = await ReadAsync(database, timerId);
        timer.Attempts.Should().Be(1, "one committed run");
        escalations.Should().Be(1, "the incident escalated exactly once");
        step.Should().Be(1);
        log.WriteLine($"Recovered {recovery.TotalSeconds:F1} s after the restarted host started");
        recovery.Should().BeLessThan(CrashRecoveryTests.RecoveryBound, "a leased timer resumes right after a restart, not when a long lease runs out");
    }

    private static async Task<Guid> SeedAsync(TestDatabase database)
    {
        await using var db = CrashRecoveryTests.NewContext(database);
        await SchemaMigrator.MigrateAsync(db, null, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        const string description = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";
        var draft = new IncidentReportDraft(IncidentCategory.Phishing, description, DateOnly.FromDateTime(now.UtcDateTime), "My mailbox", null, false);
        var incident = Incident.Open(1, draft, new IncidentActor("reporter-1", "Alex Wilber"), false, IndicatorExtractor.Extract(description), now, now.AddHours(4));
        var timer = new ScheduledTimer(Incident.EntityType, incident.DisplayNumber, "incident.escalation", now.AddDays(1), """{"step":1}""", now);
        db.Add(incident);
        db.Add(timer);
        await db.SaveChangesAsync();
        return timer.Id;
    }

    private static async Task<string?> LeaseOwnerAsync(TestDatabase database, Guid timerId)
    {
        await using var db = CrashRecoveryTests.NewContext(database);
        return await db.Set<ScheduledTimer>().Where(t => t.Id == timerId).Select(t => t.LeaseOwner).SingleAsync();
    }

    private static async Task<bool> HandlerBlockedAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task<(ScheduledTimer Timer, int Escalations, int Step)> ReadAsync(TestDatabase database, Guid timerId)
    {
        await using var db = CrashRecoveryTests.NewContext(database);
        var timer = await db.Set<ScheduledTimer>().AsNoTracking().SingleAsync(t => t.Id == timerId);
        var incident = await db.Set<Incident>().AsNoTracking().Include(i => i.Timeline).SingleAsync();
        return (timer, incident.Timeline.Count(e => e.Kind == TimelineEventKind.Escalated), incident.EscalationStep);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
