using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Logging;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteExpectedRaceLoggingTests() : ExpectedRaceLoggingTests(DatabaseProvider.Sqlite);

public sealed class PostgresExpectedRaceLoggingTests() : ExpectedRaceLoggingTests(DatabaseProvider.PostgreSQL);

/// <summary>A unique-key race the code handles must not put an Error in the operator's log.</summary>
public abstract class ExpectedRaceLoggingTests(DatabaseProvider provider)
{
    [Fact]
    public async Task SaveChanges_UniqueKeyViolation_ThrowsAndEfLogsItAtDebugOnly()
    {
        using var logs = new CapturingLoggerProvider();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, new ManualTimeProvider(), services: s => s.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));
        var snapshot = SchemaTests.Snapshot("aad-race");
        var now = DateTimeOffset.UtcNow;

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(new ConversationReferenceRecord(snapshot, now));
            await db.SaveChangesAsync();
        });
        var second = () => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(new ConversationReferenceRecord(snapshot, now));
            await db.SaveChangesAsync();
        });

        await second.Should().ThrowAsync<DbUpdateException>();
        var ef = logs.Lines.Where(l => l.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        ef.Should().Contain(l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains("saving changes", StringComparison.Ordinal), "EF still reports it, at Debug");
        ef.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal));
    }
}
