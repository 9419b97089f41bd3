using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SecurityBot.Platform.Audit;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>
/// Keyed audit chain: each entry names the HMAC key that signed it, and signed checkpoints record the chain's tail.
/// Rows written before this migration used the unkeyed SHA-256 chain; they are marked with
/// <see cref="AuditHasher.LegacyKeyId"/> and still verify with the old algorithm, but only as the prefix that the
/// first signed checkpoint (written at the next start, with the key) closes — see docs/risk-acceptances.md.
/// </summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class KeyedAudit : Migration
{
    public const string Id = "20261204130000_KeyedAudit";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        // The default applies to the existing rows only: the application always writes the key id itself.
        migrationBuilder.AddColumn<string>(
            name: "KeyId",
            table: "AuditEntries",
            maxLength: AuditSigningKey.MaxIdLength,
            nullable: false,
            defaultValue: AuditHasher.LegacyKeyId);

        migrationBuilder.CreateTable(
            name: "AuditCheckpoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                At = table.Column<DateTimeOffset>(type: instant, nullable: false),
                KeyId = table.Column<string>(maxLength: AuditSigningKey.MaxIdLength, nullable: false),
                Signature = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditCheckpoints", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_AuditCheckpoints_Sequence", table: "AuditCheckpoints", column: "Sequence");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditCheckpoints");
        // SQLite drops a column by rebuilding the table (EF Core does it); the legacy rows lose nothing they had before.
        migrationBuilder.DropColumn(name: "KeyId", table: "AuditEntries");
    }
}
