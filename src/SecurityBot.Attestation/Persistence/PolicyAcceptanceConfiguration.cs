using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Attestation.Persistence;

internal sealed class PolicyAcceptanceConfiguration : IEntityTypeConfiguration<PolicyAcceptance>
{
    public void Configure(EntityTypeBuilder<PolicyAcceptance> builder)
    {
        builder.ToTable("PolicyAcceptances");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // The evidence exists once per person and version, whatever the clicks, campaigns and instances.
        builder.HasIndex(x => new { x.PolicyId, x.PolicyVersion, x.UserId }).IsUnique();
        builder.HasIndex(x => x.CampaignNumber);
        builder.Property(x => x.PolicyId).HasMaxLength(64).IsRequired();
        builder.Property(x => x.PolicyVersion).HasMaxLength(64).IsRequired();
        builder.Property(x => x.UserId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.UserName).HasMaxLength(AudienceMember.MaxNameLength).IsRequired();
        builder.Ignore(x => x.AuditId);
    }
}
