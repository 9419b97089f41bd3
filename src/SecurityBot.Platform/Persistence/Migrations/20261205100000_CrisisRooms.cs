using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Crisis rooms (issue 17): one room per incident, its people, and its stakeholder updates.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class CrisisRooms : Migration
{
    public const string Id = "20261205100000_CrisisRooms";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "CrisisRooms",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                IncidentNumber = table.Column<string>(maxLength: 32, nullable: false),
                Topic = table.Column<string>(maxLength: 250, nullable: false),
                Status = table.Column<int>(nullable: false),
                DeclaredById = table.Column<string>(maxLength: 100, nullable: true),
                DeclaredByName = table.Column<string>(maxLength: 200, nullable: true),
                DeclaredAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                ChatId = table.Column<string>(maxLength: 300, nullable: true),
                ServiceUrl = table.Column<string>(maxLength: 500, nullable: true),
                BotInstalledAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                OpenedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                ClosedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                NextUpdateDueAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                UpdateCount = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CrisisRooms", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_CrisisRooms_IncidentNumber", table: "CrisisRooms", column: "IncidentNumber", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CrisisRooms_ChatId", table: "CrisisRooms", column: "ChatId");

        migrationBuilder.CreateTable(
            name: "CrisisMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 100, nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<int>(nullable: false),
                RosterName = table.Column<string>(maxLength: 100, nullable: true),
                AddedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CrisisMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_CrisisMembers_CrisisRooms_RoomId",
                    column: x => x.RoomId,
                    principalTable: "CrisisRooms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CrisisMembers_RoomId_UserId", table: "CrisisMembers", columns: ["RoomId", "UserId"], unique: true);

        migrationBuilder.CreateTable(
            name: "CrisisStakeholderUpdates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 2000, nullable: false),
                Impact = table.Column<string>(maxLength: 1000, nullable: true),
                AuthorId = table.Column<string>(maxLength: 100, nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                At = table.Column<DateTimeOffset>(type: instant, nullable: false),
                NextDueAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CrisisStakeholderUpdates", x => x.Id);
                table.ForeignKey(
                    name: "FK_CrisisStakeholderUpdates_CrisisRooms_RoomId",
                    column: x => x.RoomId,
                    principalTable: "CrisisRooms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CrisisStakeholderUpdates_RoomId_Sequence", table: "CrisisStakeholderUpdates", columns: ["RoomId", "Sequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CrisisStakeholderUpdates");
        migrationBuilder.DropTable(name: "CrisisMembers");
        migrationBuilder.DropTable(name: "CrisisRooms");
    }
}
