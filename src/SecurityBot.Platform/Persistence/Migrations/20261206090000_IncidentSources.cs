using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>
/// Where each report came from: a person's form (every existing row: 0), a Teams message reported with "Report to
/// security" (the message's author, kind, conversation, link, text and time) or a SIEM alert (system, external id,
/// severity, link); the incident remembers its first source and the highest alert severity.
/// </summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class IncidentSources : Migration
{
    public const string Id = "20261206090000_IncidentSources";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var instant = MigrationColumnTypes.Instant(ActiveProvider);
        migrationBuilder.AddColumn<int>(name: "Source", table: "Incidents", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "AlertSeverity", table: "Incidents", nullable: true);

        migrationBuilder.AddColumn<int>(name: "Source", table: "IncidentReports", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>(name: "MessageAuthorId", table: "IncidentReports", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<string>(name: "MessageAuthorName", table: "IncidentReports", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<int>(name: "MessageAuthorKind", table: "IncidentReports", nullable: true);
        migrationBuilder.AddColumn<int>(name: "MessageConversation", table: "IncidentReports", nullable: true);
        migrationBuilder.AddColumn<string>(name: "MessageLink", table: "IncidentReports", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "MessageText", table: "IncidentReports", maxLength: 4000, nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "MessageSentAt", table: "IncidentReports", type: instant, nullable: true);
        migrationBuilder.AddColumn<string>(name: "AlertSystem", table: "IncidentReports", maxLength: 50, nullable: true);
        migrationBuilder.AddColumn<string>(name: "AlertExternalId", table: "IncidentReports", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<int>(name: "AlertSeverity", table: "IncidentReports", nullable: true);
        migrationBuilder.AddColumn<string>(name: "AlertLink", table: "IncidentReports", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "Source", "MessageAuthorId", "MessageAuthorName", "MessageAuthorKind", "MessageConversation", "MessageLink", "MessageText",
                     "MessageSentAt", "AlertSystem", "AlertExternalId", "AlertSeverity", "AlertLink" })
        {
            migrationBuilder.DropColumn(name: column, table: "IncidentReports");
        }

        migrationBuilder.DropColumn(name: "AlertSeverity", table: "Incidents");
        migrationBuilder.DropColumn(name: "Source", table: "Incidents");
    }
}
