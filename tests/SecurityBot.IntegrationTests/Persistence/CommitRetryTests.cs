using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteCommitRetryTests() : CommitRetryTests(DatabaseProvider.Sqlite);

public sealed class PostgresCommitRetryTests() : CommitRetryTests(DatabaseProvider.PostgreSQL);

/// <summary>The one commit-and-retry loop on a real engine: which failures are lost races, and what happens then.</summary>
public abstract class CommitRetryTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Noon);

    [Fact]
    public async Task RunAsync_DispatcherLeasedTheRowMeanwhile_RunsAgainOnFreshDataAndCommits()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await SeedAsync(host, OutboxMessage.NewMessage(new OutboundNotification(NotificationRecipient.User("alice"), """{"type":"message"}""", "k-1"), Noon));
        // Version conflicts are not declared: a lease taken meanwhile is a race every unit of work can lose.
        var retry = new CommitRetry(MaxAttempts: 3, VersionConflicts: false);
        var lost = new List<LostRace>();

        var attempts = await RunInScopeAsync(host, retry, async (db, attempt) =>
        {
            var message = await db.Set<OutboxMessage>().SingleAsync();
            if (attempt == 1)
            {
                // The dispatcher leases the row between our read and our write: its concurrency token moves.
                await db.Database.ExecuteSqlRawAsync("""UPDATE "OutboxMessages" SET "LeaseOwner" = 'other'""");
            }

            message.ScheduleRetry(Noon.AddMinutes(1), 8, $"attempt {attempt}");
            await db.SaveChangesAsync();
            return attempt;
        }, race =>
        {
            lost.Add(race);
            return Task.FromResult(RaceAnswer<int>.Retry);
        });

        attempts.Should().Be(2);
        lost.Should().ContainSingle().Which.Should().Match<LostRace>(r => r.IsDispatcherLease && !r.IsVersionConflict && r.Attempt == 1 && r.CanRetry);
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync());
        stored.Attempts.Should().Be(1, "only the second attempt's change was committed");
        stored.LastError.Should().Be("attempt 2");
    }

    [Fact]
    public async Task RunAsync_DeclaredKeyTakenFirst_RunsAgainAndFindsTheirRow()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var retry = new CommitRetry(MaxAttempts: 2, VersionConflicts: false, PlatformUniqueKeys.ConversationReference);

        var outcome = await RunInScopeAsync(host, retry, async (db, attempt) =>
        {
            if (await db.Set<ConversationReferenceRecord>().AnyAsync(r => r.UserAadObjectId == "aad-1"))
            {
                return $"found on attempt {attempt}";
            }

            // A faster writer (another instance) inserts the same (conversation, person) after our check.
            await SeedAsync(host, Reference("aad-1"));
            db.Add(Reference("aad-1"));
            await db.SaveChangesAsync();
            return $"inserted on attempt {attempt}";
        });

        outcome.Should().Be("found on attempt 2");
        (await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ConversationReferenceRecord>().CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task RunAsync_UndeclaredUniqueViolation_PropagatesFromTheFirstAttempt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await SeedAsync(host, Reference("aad-1"));
        var retry = new CommitRetry(MaxAttempts: 5, VersionConflicts: true, PlatformUniqueKeys.OutboxIdempotencyKey, PlatformUniqueKeys.AuditSequence);
        var attempts = 0;
        var lost = 0;

        var run = () => RunInScopeAsync(host, retry, async (db, attempt) =>
        {
            attempts = attempt;
            db.Add(Reference("aad-1"));
            return await db.SaveChangesAsync();
        }, _ =>
        {
            lost++;
            return Task.FromResult(RaceAnswer<int>.Retry);
        });

        (await run.Should().ThrowAsync<DbUpdateException>()).Which.Should().Match<DbUpdateException>(
            ex => DbErrors.IsUniqueViolation(ex, PlatformUniqueKeys.ConversationReference) && !retry.IsLostRace(ex));
        attempts.Should().Be(1, "a key the unit of work did not declare is a fault, not a race");
        lost.Should().Be(0);
    }

    [Fact]
    public async Task RunAsync_RaceLostEveryAttempt_GivesUpAfterMaxAttemptsWithTheOriginalException()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await SeedAsync(host, Reference("aad-1"));
        var retry = new CommitRetry(MaxAttempts: 3, VersionConflicts: false, PlatformUniqueKeys.ConversationReference);
        var thrown = new List<DbUpdateException>();
        var lost = new List<LostRace>();

        var run = () => RunInScopeAsync(host, retry, async (db, attempt) =>
        {
            db.Add(Reference("aad-1"));
            try
            {
                return await db.SaveChangesAsync();
            }
            catch (DbUpdateException ex)
            {
                thrown.Add(ex);
                throw;
            }
        }, race =>
        {
            lost.Add(race);
            return Task.FromResult(RaceAnswer<int>.Retry);
        });

        var error = (await run.Should().ThrowAsync<DbUpdateException>()).Which;
        thrown.Should().HaveCount(3);
        error.Should().BeSameAs(thrown[^1], "the last attempt's own exception propagates");
        lost.Select(r => (r.Attempt, r.CanRetry)).Should().Equal((1, true), (2, true), (3, false));
    }

    [Fact]
    public async Task RunAsync_LostRaceAnswered_ReturnsTheAnswerWithoutRunningAgain()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await SeedAsync(host, Reference("aad-1"));
        var retry = new CommitRetry(MaxAttempts: 5, VersionConflicts: false, PlatformUniqueKeys.ConversationReference);
        var attempts = 0;
        SecurityBotDbContext? used = null;

        var answer = await RunInScopeAsync(host, retry, async (db, attempt) =>
        {
            (attempts, used) = (attempt, db);
            db.Add(Reference("aad-1"));
            await db.SaveChangesAsync();
            return "committed";
        }, race => Task.FromResult(RaceAnswer<string>.With($"someone was faster (attempt {race.Attempt}, tracker empty: {!used!.ChangeTracker.Entries().Any()})")));

        answer.Should().Be("someone was faster (attempt 1, tracker empty: True)");
        attempts.Should().Be(1);
    }

    private static Task<T> RunInScopeAsync<T>(PersistenceTestHost host, CommitRetry retry, Func<SecurityBotDbContext, int, Task<T>> unitOfWork,
        Func<LostRace, Task<RaceAnswer<T>>>? onLost = null) => host.InScopeAsync(sp =>
    {
        var db = sp.GetRequiredService<SecurityBotDbContext>();
        return onLost is null ? retry.RunAsync(db, attempt => unitOfWork(db, attempt)) : retry.RunAsync(db, attempt => unitOfWork(db, attempt), onLost);
    });

    private static ConversationReferenceRecord Reference(string aad) => new(SchemaTests.Snapshot(aad), Noon);

    private static Task SeedAsync(PersistenceTestHost host, object entity) => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<SecurityBotDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
    });
}
