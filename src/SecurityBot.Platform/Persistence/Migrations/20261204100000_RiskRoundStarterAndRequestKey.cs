using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>
/// Risk acceptances remember who started the current round (excluded from its stages, like the requester) and the
/// idempotency key of the form submit that created them (unique: one request per submit).
/// </summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class RiskRoundStarterAndRequestKey : Migration
{
    public const string Id = "20261204100000_RiskRoundStarterAndRequestKey";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "RoundStartedById", table: "RiskAcceptances", maxLength: 100, nullable: false, defaultValue: "");

        // Rows from before: the requester started every round the store knows of (who started a renewal that is in
        // progress now is only in the audit log; such a round keeps excluding just the requester).
        migrationBuilder.Sql("UPDATE \"RiskAcceptances\" SET \"RoundStartedById\" = \"RequesterId\";");

        migrationBuilder.AddColumn<string>(name: "RequestKey", table: "RiskAcceptances", maxLength: 64, nullable: true);

        // NULLs (requests not created by a form submit) do not collide on either engine.
        migrationBuilder.CreateIndex(name: "IX_RiskAcceptances_RequestKey", table: "RiskAcceptances", column: "RequestKey", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_RiskAcceptances_RequestKey", table: "RiskAcceptances");
        migrationBuilder.DropColumn(name: "RequestKey", table: "RiskAcceptances");
        migrationBuilder.DropColumn(name: "RoundStartedById", table: "RiskAcceptances");
    }
}
