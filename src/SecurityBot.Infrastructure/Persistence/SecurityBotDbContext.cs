using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Infrastructure.Persistence;

/// <summary>
/// The one unit of work of SecurityBot. Features add entities with an IEntityTypeConfiguration in this assembly
/// (picked up automatically) and a hand-written migration, and use <c>db.Set&lt;T&gt;()</c>; the context never
/// needs editing.
/// </summary>
public sealed class SecurityBotDbContext(DbContextOptions<SecurityBotDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SecurityBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC on both engines (see the converters for why they differ).
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksDateTimeOffsetConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }
}
