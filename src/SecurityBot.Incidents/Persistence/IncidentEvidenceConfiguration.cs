using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Incidents.Persistence;

internal sealed class IncidentEvidenceConfiguration : IEntityTypeConfiguration<IncidentEvidence>
{
    public void Configure(EntityTypeBuilder<IncidentEvidence> builder)
    {
        builder.ToTable("IncidentEvidence");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.FileName).HasMaxLength(IncidentEvidence.MaxFileNameLength).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(200).IsRequired();
        builder.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(x => x.AddedById).HasMaxLength(100).IsRequired();
        builder.Property(x => x.AddedByName).HasMaxLength(200).IsRequired();
        // The same bytes once per incident, whichever of two concurrent sends commits first.
        builder.HasIndex(x => new { x.IncidentId, x.Sha256 }).IsUnique();
    }
}
