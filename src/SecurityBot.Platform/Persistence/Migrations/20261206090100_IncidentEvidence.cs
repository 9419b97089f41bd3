using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>
/// Files reporters attach to their incidents: the metadata (name, type, size, SHA-256, who and when; the same bytes
/// once per incident) and, in their own table so loading an incident never reads them, the bytes.
/// </summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class IncidentEvidenceFiles : Migration
{
    public const string Id = "20261206090100_IncidentEvidence";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);
        migrationBuilder.CreateTable(
            name: "IncidentEvidence",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                IncidentId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 200, nullable: false),
                SizeInBytes = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                AddedById = table.Column<string>(maxLength: 100, nullable: false),
                AddedByName = table.Column<string>(maxLength: 200, nullable: false),
                AddedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IncidentEvidence", x => x.Id);
                table.ForeignKey("FK_IncidentEvidence_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_IncidentEvidence_IncidentId_Sha256", table: "IncidentEvidence", columns: ["IncidentId", "Sha256"], unique: true);

        migrationBuilder.CreateTable(
            name: "IncidentEvidenceContents",
            columns: table => new
            {
                EvidenceId = table.Column<Guid>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IncidentEvidenceContents", x => x.EvidenceId);
                table.ForeignKey("FK_IncidentEvidenceContents_IncidentEvidence_EvidenceId", x => x.EvidenceId, "IncidentEvidence", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "IncidentEvidenceContents");
        migrationBuilder.DropTable(name: "IncidentEvidence");
    }
}
