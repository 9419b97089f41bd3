using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Timers;

internal sealed class ScheduledTimerConfiguration : IEntityTypeConfiguration<ScheduledTimer>
{
    public void Configure(EntityTypeBuilder<ScheduledTimer> builder)
    {
        builder.ToTable("ScheduledTimers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(x => x.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(x => x.Kind).HasMaxLength(100).IsRequired();
        builder.Property(x => x.LeaseOwner).HasMaxLength(100);
        builder.Property(x => x.LastError).HasMaxLength(ScheduledTimer.MaxErrorLength);
        builder.HasIndex(x => new { x.Status, x.DueAt });
        builder.HasIndex(x => new { x.EntityType, x.EntityId, x.Kind });
    }
}
