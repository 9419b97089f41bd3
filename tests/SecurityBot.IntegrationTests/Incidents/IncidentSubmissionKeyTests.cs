using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Incidents.Persistence;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentSubmissionKeyTests() : IncidentSubmissionKeyTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentSubmissionKeyTests() : IncidentSubmissionKeyTests(DatabaseProvider.PostgreSQL);

/// <summary>One form submission is one report, on both engines and across instances sharing PostgreSQL.</summary>
public abstract class IncidentSubmissionKeyTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    [Fact]
    public async Task Report_OneSubmissionSentFourTimesAtOnce_OneReportAndEveryAnswerTheSameIncident()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await IncidentTestHost.CreateAsync(database);
        // On PostgreSQL half the copies go through a second instance (a redelivery may land on another one).
        await using var other = provider == DatabaseProvider.PostgreSQL ? await IncidentTestHost.CreateAsync(database) : null;
        var second = other ?? first;
        using var start = new ManualResetEventSlim();

        var reports = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await (i % 2 == 0 ? first : second).ReportAsync(DemoPeople.Alex, "phishing", PhishingText, submissionKey: "v1:form-a");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(reports);

        results.Select(r => r.Incident!.Number).Distinct().Should().ContainSingle();
        (await first.CountAsync<Incident>()).Should().Be(1);
        (await first.CountAsync<IncidentReport>()).Should().Be(1);
    }

    [Fact]
    public async Task SaveChanges_TwoReportsWithOneSubmissionKey_RefusedAsAUniqueViolation()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var draft = new IncidentReportDraft(IncidentCategory.Phishing, PhishingText, null, null, null, false);
        var at = host.Clock.GetUtcNow();

        var save = () => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(Incident.Open(1, draft, DemoPeople.Alex, false, [], at, at.AddHours(4), "v1:same"));
            db.Add(Incident.Open(2, draft, DemoPeople.Alex, false, [], at, at.AddHours(4), "v1:same"));
            return await db.SaveChangesAsync();
        });

        (await save.Should().ThrowAsync<DbUpdateException>()).Which.Should().Match<DbUpdateException>(ex => DbErrors.IsUniqueViolation(ex, IncidentUniqueKeys.SubmissionKey));
    }
}
