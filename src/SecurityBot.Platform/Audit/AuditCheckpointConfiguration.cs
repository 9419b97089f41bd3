using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Audit;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("AuditCheckpoints");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Hash).HasMaxLength(64).IsRequired();
        builder.Property(x => x.KeyId).HasMaxLength(AuditSigningKey.MaxIdLength).IsRequired();
        builder.Property(x => x.Signature).HasMaxLength(64).IsRequired();
        builder.HasIndex(x => x.Sequence);
    }
}
