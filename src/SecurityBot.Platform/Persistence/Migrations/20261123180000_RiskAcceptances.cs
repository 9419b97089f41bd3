using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Risk acceptances, their approval decisions, and the hash-chained audit log.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class RiskAcceptancesAndAudit : Migration
{
    public const string Id = "20261123180000_RiskAcceptances";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "RiskAcceptances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                PolicyId = table.Column<string>(maxLength: 64, nullable: true),
                PolicySection = table.Column<string>(maxLength: 20, nullable: true),
                PolicyTitle = table.Column<string>(maxLength: 300, nullable: true),
                Asset = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: false),
                Likelihood = table.Column<int>(nullable: false),
                Impact = table.Column<int>(nullable: false),
                CompensatingControls = table.Column<string>(maxLength: 4000, nullable: false),
                Justification = table.Column<string>(maxLength: 4000, nullable: false),
                RequestedDays = table.Column<int>(nullable: false),
                RequesterId = table.Column<string>(maxLength: 100, nullable: false),
                RequesterName = table.Column<string>(maxLength: 200, nullable: false),
                RiskOwnerId = table.Column<string>(maxLength: 100, nullable: false),
                RiskOwnerName = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                ApprovalChain = table.Column<string>(maxLength: 200, nullable: false),
                CurrentStageIndex = table.Column<int>(nullable: false),
                Round = table.Column<int>(nullable: false),
                IsRenewal = table.Column<bool>(nullable: false),
                RenewalCount = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                SubmittedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                AcceptedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                ExpiresAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                ClosedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RiskAcceptances", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_RiskAcceptances_Number", table: "RiskAcceptances", column: "Number", unique: true);
        migrationBuilder.CreateIndex(name: "IX_RiskAcceptances_RequesterId", table: "RiskAcceptances", column: "RequesterId");
        migrationBuilder.CreateIndex(name: "IX_RiskAcceptances_Status_ExpiresAt", table: "RiskAcceptances", columns: ["Status", "ExpiresAt"]);

        migrationBuilder.CreateTable(
            name: "RiskDecisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RiskAcceptanceId = table.Column<Guid>(nullable: false),
                Round = table.Column<int>(nullable: false),
                StageIndex = table.Column<int>(nullable: false),
                Stage = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                ApproverId = table.Column<string>(maxLength: 100, nullable: false),
                ApproverName = table.Column<string>(maxLength: 200, nullable: false),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                At = table.Column<DateTimeOffset>(type: instant, nullable: false),
                VersionAfter = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RiskDecisions", x => x.Id);
                table.ForeignKey(
                    name: "FK_RiskDecisions_RiskAcceptances_RiskAcceptanceId",
                    column: x => x.RiskAcceptanceId,
                    principalTable: "RiskAcceptances",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_RiskDecisions_RiskAcceptanceId", table: "RiskDecisions", column: "RiskAcceptanceId");

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Sequence = table.Column<long>(nullable: false),
                At = table.Column<DateTimeOffset>(type: instant, nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 200, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                ActorId = table.Column<string>(maxLength: 100, nullable: true),
                ActorName = table.Column<string>(maxLength: 200, nullable: true),
                Details = table.Column<string>(maxLength: 8000, nullable: true),
                PreviousHash = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Sequence));

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_EntityType_EntityId", table: "AuditEntries", columns: ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "RiskDecisions");
        migrationBuilder.DropTable(name: "RiskAcceptances");
    }
}
