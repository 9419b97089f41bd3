using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Schema v1: conversation references and the notification outbox.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class ConversationsAndOutbox : Migration
{
    public const string Id = "20261123150000_ConversationsAndOutbox";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "ConversationReferences",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<string>(maxLength: 100, nullable: true),
                UserAadObjectId = table.Column<string>(maxLength: 100, nullable: false),
                TeamsUserId = table.Column<string>(maxLength: 200, nullable: false),
                ConversationId = table.Column<string>(maxLength: 400, nullable: false),
                ConversationType = table.Column<string>(maxLength: 50, nullable: true),
                ServiceUrl = table.Column<string>(maxLength: 500, nullable: false),
                BotId = table.Column<string>(maxLength: 200, nullable: true),
                ChannelId = table.Column<string>(maxLength: 50, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                Undeliverable = table.Column<bool>(nullable: false),
                UndeliverableReason = table.Column<string>(maxLength: 500, nullable: true),
                UndeliverableAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ConversationReferences", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_ConversationReferences_ConversationId_UserAadObjectId",
            table: "ConversationReferences",
            columns: ["ConversationId", "UserAadObjectId"],
            unique: true);
        migrationBuilder.CreateIndex(
            name: "IX_ConversationReferences_UserAadObjectId",
            table: "ConversationReferences",
            column: "UserAadObjectId");

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                TenantId = table.Column<string>(maxLength: 100, nullable: true),
                RecipientAadObjectId = table.Column<string>(maxLength: 100, nullable: true),
                ConversationId = table.Column<string>(maxLength: 400, nullable: true),
                ServiceUrl = table.Column<string>(maxLength: 500, nullable: true),
                TargetActivityId = table.Column<string>(maxLength: 200, nullable: true),
                ActivityJson = table.Column<string>(nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: true),
                EntityId = table.Column<string>(maxLength: 200, nullable: true),
                EntityVersion = table.Column<long>(nullable: true),
                IdempotencyKey = table.Column<string>(maxLength: 300, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                LeaseOwner = table.Column<string>(maxLength: 100, nullable: true),
                LeaseUntil = table.Column<DateTimeOffset>(type: instant, nullable: true),
                ConversationRecreated = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                DeliveredAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                DeliveredConversationId = table.Column<string>(maxLength: 400, nullable: true),
                DeliveredActivityId = table.Column<string>(maxLength: 200, nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_IdempotencyKey",
            table: "OutboxMessages",
            column: "IdempotencyKey",
            unique: true);
        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_Status_NextAttemptAt",
            table: "OutboxMessages",
            columns: ["Status", "NextAttemptAt"]);
        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_RecipientAadObjectId_Status",
            table: "OutboxMessages",
            columns: ["RecipientAadObjectId", "Status"]);
        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_EntityType_EntityId",
            table: "OutboxMessages",
            columns: ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OutboxMessages");
        migrationBuilder.DropTable(name: "ConversationReferences");
    }
}
