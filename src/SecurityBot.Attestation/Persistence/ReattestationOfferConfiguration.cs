using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Attestation.Persistence;

internal sealed class ReattestationOfferConfiguration : IEntityTypeConfiguration<ReattestationOffer>
{
    public void Configure(EntityTypeBuilder<ReattestationOffer> builder)
    {
        builder.ToTable("AttestationReattestationOffers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // A new version is offered once, whichever instance's check sees it first.
        builder.HasIndex(x => new { x.PolicyId, x.Version }).IsUnique();
        builder.Property(x => x.PolicyId).HasMaxLength(64).IsRequired();
        builder.Property(x => x.Version).HasMaxLength(64).IsRequired();
        builder.Property(x => x.PreviousVersion).HasMaxLength(64).IsRequired();
        builder.Property(x => x.OwnerId).HasMaxLength(100).IsRequired();
    }
}
