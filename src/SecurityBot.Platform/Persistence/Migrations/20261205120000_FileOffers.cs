using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>File offers: a file sent to a person through the Teams file consent flow, its bytes kept until it is uploaded, declined or expired.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class FileOffers : Migration
{
    public const string Id = "20261205120000_FileOffers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "FileOffers",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                UserAadObjectId = table.Column<string>(maxLength: 100, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 200, nullable: false),
                Content = table.Column<byte[]>(nullable: true),
                SizeInBytes = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                UploadClaimedUntil = table.Column<DateTimeOffset>(type: instant, nullable: true),
                CompletedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FileOffers", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_FileOffers_Status_ExpiresAt", table: "FileOffers", columns: ["Status", "ExpiresAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "FileOffers");
}
