using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.RiskAcceptances.Persistence;

internal sealed class RiskAcceptanceConfiguration : IEntityTypeConfiguration<RiskAcceptance>
{
    public void Configure(EntityTypeBuilder<RiskAcceptance> builder)
    {
        builder.ToTable("RiskAcceptances");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => x.Number).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(RiskAcceptanceDetails.MaxTitleLength).IsRequired();
        builder.Property(x => x.PolicyId).HasMaxLength(RiskAcceptanceDetails.MaxPolicyIdLength);
        builder.Property(x => x.PolicySection).HasMaxLength(RiskAcceptanceDetails.MaxSectionLength);
        builder.Property(x => x.PolicyTitle).HasMaxLength(RiskAcceptanceDetails.MaxPolicyTitleLength);
        builder.Property(x => x.Asset).HasMaxLength(RiskAcceptanceDetails.MaxAssetLength).IsRequired();
        builder.Property(x => x.Description).HasMaxLength(RiskAcceptanceDetails.MaxTextLength).IsRequired();
        builder.Property(x => x.CompensatingControls).HasMaxLength(RiskAcceptanceDetails.MaxTextLength).IsRequired();
        builder.Property(x => x.Justification).HasMaxLength(RiskAcceptanceDetails.MaxTextLength).IsRequired();
        builder.Property(x => x.RequesterId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.RequesterName).HasMaxLength(RiskActor.MaxNameLength).IsRequired();
        builder.Property(x => x.RiskOwnerId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.RiskOwnerName).HasMaxLength(RiskActor.MaxNameLength).IsRequired();
        builder.Property(x => x.RoundStartedById).HasMaxLength(100).IsRequired();
        // One request per form submit: a repeated submit fails here and is answered with the first (see FormSubmissionKey in the host).
        builder.Property(x => x.RequestKey).HasMaxLength(RiskAcceptance.MaxRequestKeyLength);
        builder.HasIndex(x => x.RequestKey).IsUnique();
        builder.Property<string>("_chain").HasColumnName("ApprovalChain").HasMaxLength(200).IsRequired();
        // One decision per version: the UPDATE carries "WHERE Version = @loaded", so of two concurrent deciders one fails.
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Reference);
        builder.Ignore(x => x.Score);
        builder.Ignore(x => x.Stages);
        builder.Ignore(x => x.CurrentStage);
        builder.Ignore(x => x.CurrentRoundApprovals);
        builder.Ignore(x => x.CurrentStageHandOvers);
        builder.Ignore(x => x.CurrentStageStandIns);
        builder.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.RiskAcceptanceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(x => x.RequesterId);
        builder.HasIndex(x => new { x.Status, x.ExpiresAt });
    }
}
