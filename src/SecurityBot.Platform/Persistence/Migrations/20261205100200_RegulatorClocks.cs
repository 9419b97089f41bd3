using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>The regulator's clock of a crisis (issue 17): one per incident, from "personal data involved" to the authority's notification.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class RegulatorClocks : Migration
{
    public const string Id = "20261205100200_RegulatorClocks";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "CrisisRegulatorClocks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                IncidentNumber = table.Column<string>(maxLength: 32, nullable: false),
                Status = table.Column<int>(nullable: false),
                StartedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                StartedById = table.Column<string>(maxLength: 100, nullable: false),
                StartedByName = table.Column<string>(maxLength: 200, nullable: false),
                DeadlineAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                LastReminderAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                DeadlinePassedNoticeAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                DecidedById = table.Column<string>(maxLength: 100, nullable: true),
                DecidedByName = table.Column<string>(maxLength: 200, nullable: true),
                AuthorityReference = table.Column<string>(maxLength: 200, nullable: true),
                NoNotificationReason = table.Column<string>(maxLength: 1000, nullable: true),
                Version = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CrisisRegulatorClocks", x => x.Id);
                table.ForeignKey(
                    name: "FK_CrisisRegulatorClocks_CrisisRooms_RoomId",
                    column: x => x.RoomId,
                    principalTable: "CrisisRooms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CrisisRegulatorClocks_IncidentNumber", table: "CrisisRegulatorClocks", column: "IncidentNumber", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CrisisRegulatorClocks_RoomId", table: "CrisisRegulatorClocks", column: "RoomId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "CrisisRegulatorClocks");
}
