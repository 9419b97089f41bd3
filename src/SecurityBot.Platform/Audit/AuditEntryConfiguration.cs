using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        // The sequence is the key: two writers appending "entry n" collide on it, so the chain never forks.
        builder.HasKey(x => x.Sequence);
        builder.Property(x => x.Sequence).ValueGeneratedNever();
        builder.Property(x => x.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(x => x.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(x => x.Action).HasMaxLength(100).IsRequired();
        builder.Property(x => x.ActorId).HasMaxLength(100);
        builder.Property(x => x.ActorName).HasMaxLength(200);
        builder.Property(x => x.Details).HasMaxLength(AuditEntry.MaxDetailsLength);
        builder.Property(x => x.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Hash).HasMaxLength(64).IsRequired();
        builder.Property(x => x.KeyId).HasMaxLength(AuditSigningKey.MaxIdLength).IsRequired();
        builder.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
