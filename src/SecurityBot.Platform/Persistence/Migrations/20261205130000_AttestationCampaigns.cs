using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Policy attestation campaigns (issue 18): campaigns, the people each asks, the acceptances (the evidence) and re-attestation offers.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class AttestationCampaigns : Migration
{
    public const string Id = "20261205130000_AttestationCampaigns";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "AttestationCampaigns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                PolicyId = table.Column<string>(maxLength: 64, nullable: false),
                PolicyTitle = table.Column<string>(maxLength: 200, nullable: false),
                PolicyVersion = table.Column<string>(maxLength: 64, nullable: false),
                PolicyJson = table.Column<string>(nullable: false),
                PreviousVersion = table.Column<string>(maxLength: 64, nullable: true),
                ChangedSections = table.Column<string>(maxLength: 2000, nullable: true),
                AudienceKind = table.Column<int>(nullable: false),
                AudienceValue = table.Column<string>(maxLength: 200, nullable: true),
                AudienceLabel = table.Column<string>(maxLength: 200, nullable: false),
                AudienceSize = table.Column<int>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                Message = table.Column<string>(maxLength: 500, nullable: true),
                OwnerId = table.Column<string>(maxLength: 100, nullable: false),
                OwnerName = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                StartedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                FannedOutAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                ClosedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                Version = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AttestationCampaigns", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_AttestationCampaigns_Number", table: "AttestationCampaigns", column: "Number", unique: true);
        migrationBuilder.CreateIndex(name: "IX_AttestationCampaigns_PolicyId", table: "AttestationCampaigns", column: "PolicyId");

        migrationBuilder.CreateTable(
            name: "AttestationMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 100, nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                Department = table.Column<string>(maxLength: 200, nullable: true),
                Status = table.Column<int>(nullable: false),
                AddedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                AcceptedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                AcceptedInCampaign = table.Column<int>(nullable: true),
                Questions = table.Column<int>(nullable: false),
                Reminders = table.Column<int>(nullable: false),
                LastRemindedOn = table.Column<DateOnly>(nullable: true),
                ManagerNotifiedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                RemovedAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                RemovedReason = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AttestationMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_AttestationMembers_AttestationCampaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "AttestationCampaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AttestationMembers_CampaignId_UserId", table: "AttestationMembers", columns: ["CampaignId", "UserId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_AttestationMembers_CampaignId_Status", table: "AttestationMembers", columns: ["CampaignId", "Status"]);

        migrationBuilder.CreateTable(
            name: "PolicyAcceptances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PolicyId = table.Column<string>(maxLength: 64, nullable: false),
                PolicyVersion = table.Column<string>(maxLength: 64, nullable: false),
                UserId = table.Column<string>(maxLength: 100, nullable: false),
                UserName = table.Column<string>(maxLength: 200, nullable: false),
                CampaignNumber = table.Column<int>(nullable: false),
                AcceptedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PolicyAcceptances", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_PolicyAcceptances_PolicyId_PolicyVersion_UserId", table: "PolicyAcceptances", columns: ["PolicyId", "PolicyVersion", "UserId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_PolicyAcceptances_CampaignNumber", table: "PolicyAcceptances", column: "CampaignNumber");

        migrationBuilder.CreateTable(
            name: "AttestationReattestationOffers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PolicyId = table.Column<string>(maxLength: 64, nullable: false),
                Version = table.Column<string>(maxLength: 64, nullable: false),
                PreviousVersion = table.Column<string>(maxLength: 64, nullable: false),
                FromCampaign = table.Column<int>(nullable: false),
                OwnerId = table.Column<string>(maxLength: 100, nullable: false),
                OfferedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AttestationReattestationOffers", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_AttestationReattestationOffers_PolicyId_Version", table: "AttestationReattestationOffers", columns: ["PolicyId", "Version"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AttestationReattestationOffers");
        migrationBuilder.DropTable(name: "PolicyAcceptances");
        migrationBuilder.DropTable(name: "AttestationMembers");
        migrationBuilder.DropTable(name: "AttestationCampaigns");
    }
}
