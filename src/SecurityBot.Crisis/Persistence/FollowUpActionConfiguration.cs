using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Crisis.Persistence;

internal sealed class FollowUpActionConfiguration : IEntityTypeConfiguration<FollowUpAction>
{
    public void Configure(EntityTypeBuilder<FollowUpAction> builder)
    {
        builder.ToTable("CrisisFollowUps");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => new { x.ReviewId, x.Number }).IsUnique();
        builder.Property(x => x.Text).HasMaxLength(FollowUpAction.MaxTextLength).IsRequired();
        builder.Property(x => x.OwnerId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.OwnerName).HasMaxLength(CrisisMember.MaxNameLength).IsRequired();
        builder.Property(x => x.DoneById).HasMaxLength(100);
        builder.Property(x => x.DoneByName).HasMaxLength(CrisisMember.MaxNameLength);
        // A double "Done" or a reminder racing a "Done": the slower commit sees the other's change and is run again.
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsDone);
        builder.Ignore(x => x.FirstReminderAt);
    }
}
