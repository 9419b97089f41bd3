using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Each person's time zone and locale as their Teams client last reported them, for the times on their cards.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class PersonRegions : Migration
{
    public const string Id = "20261206120000_PersonRegions";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "PersonRegions",
            columns: table => new
            {
                UserAadObjectId = table.Column<string>(maxLength: 100, nullable: false),
                TimeZoneId = table.Column<string>(maxLength: 64, nullable: true),
                Locale = table.Column<string>(maxLength: 20, nullable: true),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PersonRegions", x => x.UserAadObjectId));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "PersonRegions");
}
