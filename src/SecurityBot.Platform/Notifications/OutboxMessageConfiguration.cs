using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.TenantId).HasMaxLength(100);
        builder.Property(x => x.RecipientAadObjectId).HasMaxLength(100);
        builder.Property(x => x.ConversationId).HasMaxLength(400);
        builder.Property(x => x.ServiceUrl).HasMaxLength(500);
        builder.Property(x => x.TargetActivityId).HasMaxLength(200);
        builder.Property(x => x.ActivityJson).IsRequired();
        builder.Property(x => x.EntityType).HasMaxLength(100);
        builder.Property(x => x.EntityId).HasMaxLength(200);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(300).IsRequired();
        builder.Property(x => x.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        builder.Property(x => x.DeliveredConversationId).HasMaxLength(400);
        builder.Property(x => x.DeliveredActivityId).HasMaxLength(200);
        builder.Property(x => x.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Ignore(x => x.Entity);
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        builder.HasIndex(x => new { x.Status, x.NextAttemptAt });
        builder.HasIndex(x => new { x.RecipientAadObjectId, x.Status });
        builder.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
