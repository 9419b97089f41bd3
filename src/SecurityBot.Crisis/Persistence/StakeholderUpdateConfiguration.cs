using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Crisis.Persistence;

internal sealed class StakeholderUpdateConfiguration : IEntityTypeConfiguration<StakeholderUpdate>
{
    public void Configure(EntityTypeBuilder<StakeholderUpdate> builder)
    {
        builder.ToTable("CrisisStakeholderUpdates");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Status).HasMaxLength(StakeholderUpdateDraft.MaxStatusLength).IsRequired();
        builder.Property(x => x.Impact).HasMaxLength(StakeholderUpdateDraft.MaxImpactLength);
        builder.Property(x => x.AuthorId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.AuthorName).HasMaxLength(CrisisMember.MaxNameLength).IsRequired();
        builder.HasIndex(x => new { x.RoomId, x.Sequence }).IsUnique();
        builder.HasOne<CrisisRoom>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
