using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Platform.Conversations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReferenceRecord>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRecord> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.TenantId).HasMaxLength(100);
        builder.Property(x => x.UserAadObjectId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.TeamsUserId).HasMaxLength(200).IsRequired();
        builder.Property(x => x.ConversationId).HasMaxLength(400).IsRequired();
        builder.Property(x => x.ConversationType).HasMaxLength(50);
        builder.Property(x => x.ServiceUrl).HasMaxLength(500).IsRequired();
        builder.Property(x => x.BotId).HasMaxLength(200);
        builder.Property(x => x.ChannelId).HasMaxLength(50).IsRequired();
        builder.Property(x => x.UndeliverableReason).HasMaxLength(500);
        builder.Ignore(x => x.IsPersonal);
        builder.HasIndex(x => new { x.ConversationId, x.UserAadObjectId }).IsUnique();
        builder.HasIndex(x => x.UserAadObjectId);
    }
}
