using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence.Migrations;

/// <summary>
/// Each incident report remembers the form submission it came from (a hash of conversation, card message and person),
/// unique, so a double click or a redelivered submit cannot store a second report. Existing rows keep NULL, which
/// both engines allow any number of times in a unique index.
/// </summary>
[DbContext(typeof(SecurityBotDbContext))]
[Migration(Id)]
public sealed class IncidentSubmissionKeys : Migration
{
    public const string Id = "20261204110000_IncidentSubmissionKeys";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "SubmissionKey", table: "IncidentReports", maxLength: 100, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_IncidentReports_SubmissionKey", table: "IncidentReports", column: "SubmissionKey", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_IncidentReports_SubmissionKey", table: "IncidentReports");
        migrationBuilder.DropColumn(name: "SubmissionKey", table: "IncidentReports");
    }
}
