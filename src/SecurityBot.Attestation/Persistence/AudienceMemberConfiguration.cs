using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Attestation.Persistence;

internal sealed class AudienceMemberConfiguration : IEntityTypeConfiguration<AudienceMember>
{
    public void Configure(EntityTypeBuilder<AudienceMember> builder)
    {
        builder.ToTable("AttestationMembers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // A person is in a campaign once: a retried fan-out batch or two instances find the row, never a second card.
        builder.HasIndex(x => new { x.CampaignId, x.UserId }).IsUnique();
        // The progress card and the reminder runs count and page by status.
        builder.HasIndex(x => new { x.CampaignId, x.Status });
        builder.Property(x => x.UserId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.DisplayName).HasMaxLength(AudienceMember.MaxNameLength).IsRequired();
        builder.Property(x => x.Department).HasMaxLength(AudienceMember.MaxNameLength);
        builder.Property(x => x.RemovedReason).HasMaxLength(200);
        builder.HasOne<AttestationCampaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
