using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SecurityBot.Incidents.Persistence;

internal sealed class IncidentReportConfiguration : IEntityTypeConfiguration<IncidentReport>
{
    public void Configure(EntityTypeBuilder<IncidentReport> builder)
    {
        builder.ToTable("IncidentReports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ReporterId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.ReporterName).HasMaxLength(200).IsRequired();
        builder.Property(x => x.Description).HasMaxLength(IncidentReportDraft.MaxDescriptionLength).IsRequired();
        builder.Property(x => x.AffectedSystem).HasMaxLength(IncidentReportDraft.MaxAffectedSystemLength);
        builder.Property(x => x.Evidence).HasMaxLength(IncidentReportDraft.MaxEvidenceLength);
        builder.HasIndex(x => x.IncidentId);
        builder.HasIndex(x => x.ReporterId);
        builder.HasIndex(x => x.ReportedAt); // the metrics: reports made in a period
        builder.Property(x => x.SubmissionKey).HasMaxLength(IncidentReport.MaxSubmissionKeyLength);
        builder.HasIndex(x => x.SubmissionKey).IsUnique();
        builder.Property(x => x.MessageAuthorId).HasMaxLength(100);
        builder.Property(x => x.MessageAuthorName).HasMaxLength(200);
        builder.Property(x => x.MessageLink).HasMaxLength(QuotedMessage.MaxLinkLength);
        builder.Property(x => x.MessageText).HasMaxLength(QuotedMessage.MaxTextLength);
        builder.Property(x => x.AlertSystem).HasMaxLength(ExternalAlertRef.MaxSystemLength);
        builder.Property(x => x.AlertExternalId).HasMaxLength(ExternalAlertRef.MaxExternalIdLength);
        builder.Property(x => x.AlertLink).HasMaxLength(QuotedMessage.MaxLinkLength);
        builder.Ignore(x => x.ByPerson);
        builder.Ignore(x => x.Message);
        builder.Ignore(x => x.Alert);
    }
}
