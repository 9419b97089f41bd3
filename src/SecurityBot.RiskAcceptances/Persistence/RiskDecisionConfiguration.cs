using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.RiskAcceptances.Persistence;

internal sealed class RiskDecisionConfiguration : IEntityTypeConfiguration<RiskDecision>
{
    public void Configure(EntityTypeBuilder<RiskDecision> builder)
    {
        builder.ToTable("RiskDecisions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ApproverId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.ApproverName).HasMaxLength(RiskActor.MaxNameLength).IsRequired();
        builder.Property(x => x.Comment).HasMaxLength(RiskAcceptanceDetails.MaxTextLength);
        builder.HasIndex(x => x.RiskAcceptanceId);
    }
}
