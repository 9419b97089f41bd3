using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Incidents.Persistence;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => x.Number).IsUnique();
        builder.Property(x => x.Title).HasMaxLength(200).IsRequired();
        builder.Property(x => x.ReporterId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.ReporterName).HasMaxLength(200).IsRequired();
        builder.Property(x => x.AcknowledgedById).HasMaxLength(100);
        builder.Property(x => x.AcknowledgedByName).HasMaxLength(200);
        builder.Property(x => x.AssigneeId).HasMaxLength(100);
        builder.Property(x => x.AssigneeName).HasMaxLength(200);
        builder.Property(x => x.ClosedById).HasMaxLength(100);
        builder.Property(x => x.ClosedByName).HasMaxLength(200);
        builder.Property(x => x.Resolution).HasMaxLength(Incident.MaxNoteLength);
        // Optimistic concurrency: every accepted change bumps Version, so of two simultaneous clicks one UPDATE
        // matches and the other gets DbUpdateConcurrencyException (answered with "already … by X").
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.Status, x.ReportedAt });
        builder.HasIndex(x => x.ReporterId);
        builder.HasIndex(x => x.ClosedAt); // the metrics: open, or closed since a period's start
        builder.Ignore(x => x.DisplayNumber);
        builder.Ignore(x => x.IsOpen);
        builder.Ignore(x => x.RelatedReportCount);
        builder.Ignore(x => x.Assessment);
        builder.Ignore(x => x.OpenedByPerson);
        builder.Ignore(x => x.PersonReporterIds);

        builder.HasMany(x => x.Reports).WithOne().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Indicators).WithOne().HasForeignKey(i => i.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Timeline).WithOne().HasForeignKey(t => t.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(x => x.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
