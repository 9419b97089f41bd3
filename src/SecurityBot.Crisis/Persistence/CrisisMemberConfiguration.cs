using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Crisis.Persistence;

internal sealed class CrisisMemberConfiguration : IEntityTypeConfiguration<CrisisMember>
{
    public void Configure(EntityTypeBuilder<CrisisMember> builder)
    {
        builder.ToTable("CrisisMembers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.UserId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.DisplayName).HasMaxLength(CrisisMember.MaxNameLength).IsRequired();
        builder.Property(x => x.RosterName).HasMaxLength(100);
        builder.HasIndex(x => new { x.RoomId, x.UserId }).IsUnique();
    }
}
