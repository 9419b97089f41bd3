using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Incidents.Persistence;

internal sealed class IncidentIndicatorConfiguration : IEntityTypeConfiguration<IncidentIndicator>
{
    public void Configure(EntityTypeBuilder<IncidentIndicator> builder)
    {
        builder.ToTable("IncidentIndicators");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Value).HasMaxLength(IncidentIndicator.MaxValueLength).IsRequired();
        // The correlation lookup: "which incidents carry this value".
        builder.HasIndex(x => new { x.Value, x.Kind });
        builder.HasIndex(x => x.IncidentId);
    }
}
