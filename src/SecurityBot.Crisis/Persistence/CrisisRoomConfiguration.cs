using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Crisis.Persistence;

internal sealed class CrisisRoomConfiguration : IEntityTypeConfiguration<CrisisRoom>
{
    public void Configure(EntityTypeBuilder<CrisisRoom> builder)
    {
        builder.ToTable("CrisisRooms");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // One room per incident, whatever the clicks, timers and instances: the slower declaration fails here.
        builder.Property(x => x.IncidentNumber).HasMaxLength(32).IsRequired();
        builder.HasIndex(x => x.IncidentNumber).IsUnique();
        builder.Property(x => x.Topic).HasMaxLength(CrisisRoom.MaxTopicLength).IsRequired();
        builder.Property(x => x.DeclaredById).HasMaxLength(100);
        builder.Property(x => x.DeclaredByName).HasMaxLength(CrisisMember.MaxNameLength);
        // Room commands find their room by the conversation they are typed in.
        builder.Property(x => x.ChatId).HasMaxLength(300);
        builder.HasIndex(x => x.ChatId);
        builder.Property(x => x.ServiceUrl).HasMaxLength(500);
        builder.Property(x => x.LastError).HasMaxLength(CrisisRoom.MaxErrorLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsOpen);
        builder.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
