using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Notifications;

internal sealed class CardCopyConfiguration : IEntityTypeConfiguration<CardCopy>
{
    public void Configure(EntityTypeBuilder<CardCopy> builder)
    {
        builder.ToTable("CardCopies");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(x => x.EntityId).HasMaxLength(200).IsRequired();
        builder.Property(x => x.ConversationId).HasMaxLength(400).IsRequired();
        builder.Property(x => x.ActivityId).HasMaxLength(200).IsRequired();
        builder.Property(x => x.ServiceUrl).HasMaxLength(500).IsRequired();
        builder.Property(x => x.RecipientAadObjectId).HasMaxLength(100);
        builder.Property(x => x.TenantId).HasMaxLength(100);
        builder.HasIndex(x => new { x.ConversationId, x.ActivityId }).IsUnique();
        builder.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
