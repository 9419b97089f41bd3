using Microsoft.EntityFrameworkCore;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// The one unit of work of SecurityBot. The platform maps its own tables; each capability adds its entities with
/// IEntityTypeConfiguration classes in its own project (registered with AddPersistenceModel) and a hand-written
/// migration here, and uses <c>db.Set&lt;T&gt;()</c>; the context never needs editing.
/// </summary>
public sealed class SecurityBotDbContext : DbContext
{
    private readonly IReadOnlyList<PersistenceModelPart> _parts;

    public SecurityBotDbContext(DbContextOptions<SecurityBotDbContext> options, IEnumerable<PersistenceModelPart> parts)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _parts = [.. parts.Prepend(PersistenceModelPart.Platform).Distinct().OrderBy(p => p.Assembly.FullName, StringComparer.Ordinal)];
        ModelKey = string.Join('|', _parts.Select(p => p.Assembly.FullName));
    }

    /// <summary>Which parts make this model (the model cache key).</summary>
    internal string ModelKey { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var part in _parts)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(part.Assembly);
        }
    }

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
