using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Crisis.Persistence;

internal sealed class RegulatorClockConfiguration : IEntityTypeConfiguration<RegulatorClock>
{
    public void Configure(EntityTypeBuilder<RegulatorClock> builder)
    {
        builder.ToTable("CrisisRegulatorClocks");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // One clock per incident, whatever the marks and instances: the slower mark fails here and answers with the clock.
        builder.Property(x => x.IncidentNumber).HasMaxLength(32).IsRequired();
        builder.HasIndex(x => x.IncidentNumber).IsUnique();
        builder.HasIndex(x => x.RoomId);
        builder.Property(x => x.StartedById).HasMaxLength(100).IsRequired();
        builder.Property(x => x.StartedByName).HasMaxLength(CrisisMember.MaxNameLength).IsRequired();
        builder.Property(x => x.DecidedById).HasMaxLength(100);
        builder.Property(x => x.DecidedByName).HasMaxLength(CrisisMember.MaxNameLength);
        builder.Property(x => x.AuthorityReference).HasMaxLength(RegulatorClock.MaxReferenceLength);
        builder.Property(x => x.NoNotificationReason).HasMaxLength(RegulatorClock.MaxReasonLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsRunning);
        builder.HasOne<CrisisRoom>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
