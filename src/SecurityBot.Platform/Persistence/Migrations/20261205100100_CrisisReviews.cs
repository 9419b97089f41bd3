using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Post-incident reviews of crisis rooms (issue 17): one review per room and its numbered follow-up actions.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class CrisisReviews : Migration
{
    public const string Id = "20261205100100_CrisisReviews";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "CrisisReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                IncidentNumber = table.Column<string>(maxLength: 32, nullable: false),
                WhatHappened = table.Column<string>(maxLength: 4000, nullable: false),
                Impact = table.Column<string>(maxLength: 2000, nullable: true),
                RootCause = table.Column<string>(maxLength: 2000, nullable: true),
                WentWell = table.Column<string>(maxLength: 2000, nullable: true),
                ToChange = table.Column<string>(maxLength: 2000, nullable: true),
                AuthorId = table.Column<string>(maxLength: 100, nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                FirstSavedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                SavedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                Revision = table.Column<int>(nullable: false),
                LastActionNumber = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CrisisReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_CrisisReviews_CrisisRooms_RoomId",
                    column: x => x.RoomId,
                    principalTable: "CrisisRooms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CrisisReviews_RoomId", table: "CrisisReviews", column: "RoomId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CrisisReviews_IncidentNumber", table: "CrisisReviews", column: "IncidentNumber");

        migrationBuilder.CreateTable(
            name: "CrisisFollowUps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReviewId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                OwnerId = table.Column<string>(maxLength: 100, nullable: false),
                OwnerName = table.Column<string>(maxLength: 200, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Reminders = table.Column<int>(nullable: false),
                DoneAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                DoneById = table.Column<string>(maxLength: 100, nullable: true),
                DoneByName = table.Column<string>(maxLength: 200, nullable: true),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CrisisFollowUps", x => x.Id);
                table.ForeignKey(
                    name: "FK_CrisisFollowUps_CrisisReviews_ReviewId",
                    column: x => x.ReviewId,
                    principalTable: "CrisisReviews",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CrisisFollowUps_ReviewId_Number", table: "CrisisFollowUps", columns: ["ReviewId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CrisisFollowUps");
        migrationBuilder.DropTable(name: "CrisisReviews");
    }
}
