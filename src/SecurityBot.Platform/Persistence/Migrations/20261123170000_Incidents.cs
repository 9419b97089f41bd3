using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Schema v3: incidents, their reports, indicators and timeline, and the incident number sequence.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class AddIncidents : Migration
{
    public const string Id = "20261123170000_Incidents";

    // A migration is history: it names what it created then, so it keeps its own copies of the names (the incidents
    // capability's IncidentNumberSequence uses the same ones today).
    private const string PostgresSequence = "incident_number_seq";
    private const string SqliteCounterTable = "IncidentNumberCounter";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);
        var sqlite = ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true;

        if (sqlite)
        {
            migrationBuilder.CreateTable(
                name: SqliteCounterTable,
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false),
                    Value = table.Column<long>(nullable: false),
                },
                constraints: table => table.PrimaryKey("PK_" + SqliteCounterTable, x => x.Id));
            migrationBuilder.Sql($"INSERT INTO \"{SqliteCounterTable}\" (\"Id\", \"Value\") VALUES (1, 0);");
        }
        else
        {
            migrationBuilder.CreateSequence(PostgresSequence, startValue: 1L);
        }

        migrationBuilder.CreateTable(
            name: "Incidents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<long>(nullable: false),
                Category = table.Column<int>(nullable: false),
                Severity = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                ReporterId = table.Column<string>(maxLength: 100, nullable: false),
                ReporterName = table.Column<string>(maxLength: 200, nullable: false),
                ReportedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                LastReportedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                ReportCount = table.Column<int>(nullable: false),
                AnyClicked = table.Column<bool>(nullable: false),
                PrivilegedReporter = table.Column<bool>(nullable: false),
                AcknowledgedById = table.Column<string>(maxLength: 100, nullable: true),
                AcknowledgedByName = table.Column<string>(maxLength: 200, nullable: true),
                AcknowledgedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                AssigneeId = table.Column<string>(maxLength: 100, nullable: true),
                AssigneeName = table.Column<string>(maxLength: 200, nullable: true),
                ClosedById = table.Column<string>(maxLength: 100, nullable: true),
                ClosedByName = table.Column<string>(maxLength: 200, nullable: true),
                ClosedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                Resolution = table.Column<string>(maxLength: 2000, nullable: true),
                EscalationStep = table.Column<int>(nullable: false),
                AcknowledgeBy = table.Column<DateTimeOffset>(type: instant, nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Incidents", x => x.Id));
        migrationBuilder.CreateIndex("IX_Incidents_Number", "Incidents", "Number", unique: true);
        migrationBuilder.CreateIndex("IX_Incidents_Status_ReportedAt", "Incidents", ["Status", "ReportedAt"]);
        migrationBuilder.CreateIndex("IX_Incidents_ReporterId", "Incidents", "ReporterId");

        migrationBuilder.CreateTable(
            name: "IncidentReports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                IncidentId = table.Column<Guid>(nullable: false),
                ReporterId = table.Column<string>(maxLength: 100, nullable: false),
                ReporterName = table.Column<string>(maxLength: 200, nullable: false),
                Category = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: false),
                OccurredOn = table.Column<DateOnly>(nullable: true),
                AffectedSystem = table.Column<string>(maxLength: 200, nullable: true),
                Evidence = table.Column<string>(maxLength: 8000, nullable: true),
                Clicked = table.Column<bool>(nullable: false),
                PrivilegedReporter = table.Column<bool>(nullable: false),
                ReportedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IncidentReports", x => x.Id);
                table.ForeignKey("FK_IncidentReports_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_IncidentReports_IncidentId", "IncidentReports", "IncidentId");
        migrationBuilder.CreateIndex("IX_IncidentReports_ReporterId", "IncidentReports", "ReporterId");

        migrationBuilder.CreateTable(
            name: "IncidentIndicators",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                IncidentId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Value = table.Column<string>(maxLength: 1000, nullable: false),
                FirstSeenAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IncidentIndicators", x => x.Id);
                table.ForeignKey("FK_IncidentIndicators_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_IncidentIndicators_Value_Kind", "IncidentIndicators", ["Value", "Kind"]);
        migrationBuilder.CreateIndex("IX_IncidentIndicators_IncidentId", "IncidentIndicators", "IncidentId");

        migrationBuilder.CreateTable(
            name: "IncidentTimeline",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                IncidentId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                ActorId = table.Column<string>(maxLength: 100, nullable: false),
                ActorName = table.Column<string>(maxLength: 200, nullable: false),
                Text = table.Column<string>(maxLength: 1000, nullable: false),
                At = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IncidentTimeline", x => x.Id);
                table.ForeignKey("FK_IncidentTimeline_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_IncidentTimeline_IncidentId_Sequence", "IncidentTimeline", ["IncidentId", "Sequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "IncidentTimeline");
        migrationBuilder.DropTable(name: "IncidentIndicators");
        migrationBuilder.DropTable(name: "IncidentReports");
        migrationBuilder.DropTable(name: "Incidents");
        if (ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            migrationBuilder.DropTable(name: SqliteCounterTable);
        }
        else
        {
            migrationBuilder.DropSequence(PostgresSequence);
        }
    }
}
