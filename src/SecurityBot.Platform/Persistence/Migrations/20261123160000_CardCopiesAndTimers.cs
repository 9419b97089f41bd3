using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Schema v2: card copies (so every card about an entity can be updated) and durable timers.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class CardCopiesAndTimers : Migration
{
    public const string Id = "20261123160000_CardCopiesAndTimers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "CardCopies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 200, nullable: false),
                ConversationId = table.Column<string>(maxLength: 400, nullable: false),
                ActivityId = table.Column<string>(maxLength: 200, nullable: false),
                ServiceUrl = table.Column<string>(maxLength: 500, nullable: false),
                RecipientAadObjectId = table.Column<string>(maxLength: 100, nullable: true),
                TenantId = table.Column<string>(maxLength: 100, nullable: true),
                LastVersionRendered = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CardCopies", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_CardCopies_ConversationId_ActivityId",
            table: "CardCopies",
            columns: ["ConversationId", "ActivityId"],
            unique: true);
        migrationBuilder.CreateIndex(
            name: "IX_CardCopies_EntityType_EntityId",
            table: "CardCopies",
            columns: ["EntityType", "EntityId"]);

        migrationBuilder.CreateTable(
            name: "ScheduledTimers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 100, nullable: false),
                DueAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                PayloadJson = table.Column<string>(nullable: true),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                LeaseOwner = table.Column<string>(maxLength: 100, nullable: true),
                LeaseUntil = table.Column<DateTimeOffset>(type: instant, nullable: true),
                FiredAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ScheduledTimers", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_ScheduledTimers_Status_DueAt",
            table: "ScheduledTimers",
            columns: ["Status", "DueAt"]);
        migrationBuilder.CreateIndex(
            name: "IX_ScheduledTimers_EntityType_EntityId_Kind",
            table: "ScheduledTimers",
            columns: ["EntityType", "EntityId", "Kind"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ScheduledTimers");
        migrationBuilder.DropTable(name: "CardCopies");
    }
}
