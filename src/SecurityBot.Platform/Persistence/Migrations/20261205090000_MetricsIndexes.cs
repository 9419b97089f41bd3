using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>
/// Indexes for the metrics' fact queries (docs/benchmarks.md, metrics): incidents still open or closed since a
/// period's start (ClosedAt; NULLs are indexed on both engines), and reports made in a period (ReportedAt).
/// </summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class MetricsIndexes : Migration
{
    public const string Id = "20261205090000_MetricsIndexes";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_Incidents_ClosedAt", table: "Incidents", column: "ClosedAt");
        migrationBuilder.CreateIndex(name: "IX_IncidentReports_ReportedAt", table: "IncidentReports", column: "ReportedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_IncidentReports_ReportedAt", table: "IncidentReports");
        migrationBuilder.DropIndex(name: "IX_Incidents_ClosedAt", table: "Incidents");
    }
}
