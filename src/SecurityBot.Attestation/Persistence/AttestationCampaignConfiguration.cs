using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Attestation.Persistence;

internal sealed class AttestationCampaignConfiguration : IEntityTypeConfiguration<AttestationCampaign>
{
    public void Configure(EntityTypeBuilder<AttestationCampaign> builder)
    {
        builder.ToTable("AttestationCampaigns");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // Two drafts made at once race for the next number; the slower one takes the one after.
        builder.HasIndex(x => x.Number).IsUnique();
        builder.HasIndex(x => x.PolicyId);
        builder.Property(x => x.PolicyId).HasMaxLength(64).IsRequired();
        builder.Property(x => x.PolicyTitle).HasMaxLength(AttestationCampaign.MaxNameLength).IsRequired();
        builder.Property(x => x.PolicyVersion).HasMaxLength(64).IsRequired();
        builder.Property(x => x.PolicyJson).IsRequired();
        builder.Property(x => x.PreviousVersion).HasMaxLength(64);
        builder.Property(x => x.ChangedSections).HasMaxLength(2000);
        builder.Property(x => x.AudienceValue).HasMaxLength(CampaignAudience.MaxValueLength);
        builder.Property(x => x.AudienceLabel).HasMaxLength(AttestationCampaign.MaxNameLength).IsRequired();
        builder.Property(x => x.Message).HasMaxLength(AttestationCampaign.MaxMessageLength);
        builder.Property(x => x.OwnerId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.OwnerName).HasMaxLength(AttestationCampaign.MaxNameLength).IsRequired();
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Entity);
        builder.Ignore(x => x.Policy);
    }
}
