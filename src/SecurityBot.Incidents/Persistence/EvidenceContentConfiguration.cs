using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Incidents.Persistence;

internal sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> builder)
    {
        builder.ToTable("IncidentEvidenceContents");
        builder.HasKey(x => x.EvidenceId);
        builder.Property(x => x.EvidenceId).ValueGeneratedNever();
        builder.Property(x => x.Content).IsRequired();
        builder.HasOne<IncidentEvidence>().WithOne().HasForeignKey<EvidenceContent>(x => x.EvidenceId).OnDelete(DeleteBehavior.Cascade);
    }
}
