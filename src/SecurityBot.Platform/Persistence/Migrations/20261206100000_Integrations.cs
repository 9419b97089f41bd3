using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>Webhook deliveries: one signed event owed to one configured endpoint, written with the change it reports and sent in order per subject.</summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class Integrations : Migration
{
    public const string Id = "20261206100000_Integrations";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);

        migrationBuilder.CreateTable(
            name: "WebhookDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EventId = table.Column<Guid>(nullable: false),
                EndpointName = table.Column<string>(maxLength: 100, nullable: false),
                EventType = table.Column<string>(maxLength: 50, nullable: false),
                SubjectType = table.Column<string>(maxLength: 20, nullable: false),
                SubjectId = table.Column<string>(maxLength: 50, nullable: false),
                Sequence = table.Column<long>(nullable: false),
                PayloadJson = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                LeaseOwner = table.Column<string>(maxLength: 100, nullable: true),
                LeaseUntil = table.Column<DateTimeOffset>(type: instant, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: instant, nullable: false),
                DeliveredAt = table.Column<DateTimeOffset>(type: instant, nullable: true),
                LastStatusCode = table.Column<int>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WebhookDeliveries", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_WebhookDeliveries_Status_NextAttemptAt", table: "WebhookDeliveries", columns: ["Status", "NextAttemptAt"]);
        migrationBuilder.CreateIndex(
            name: "IX_WebhookDeliveries_EndpointName_SubjectType_SubjectId_Sequence",
            table: "WebhookDeliveries",
            columns: ["EndpointName", "SubjectType", "SubjectId", "Sequence"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "WebhookDeliveries");
}
