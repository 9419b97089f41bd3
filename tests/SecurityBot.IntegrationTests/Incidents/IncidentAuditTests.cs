using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Audit;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentAuditTests() : IncidentAuditTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentAuditTests() : IncidentAuditTests(DatabaseProvider.PostgreSQL);

/// <summary>Triage actions and escalations land in the same keyed audit chain as risk decisions, committed with the change.</summary>
public abstract class IncidentAuditTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password";

    [Fact]
    public async Task Triage_EachAppliedAction_AuditedWithWhoAndWhat()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var before = (await AuditAsync(host)).Count;

        (await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge)).Status.Should().Be(UseCaseStatus.Succeeded);
        (await host.TriageAsync(DemoPeople.Jin, incident.Number, 2, TriageAction.AddNote, "Blocked the sender domain")).Status.Should().Be(UseCaseStatus.Succeeded);
        var current = await host.LoadAsync(incident.Number);
        (await host.TriageAsync(DemoPeople.Amara, incident.Number, current!.Version, TriageAction.Resolve, "No clicks")).Status.Should().Be(UseCaseStatus.Succeeded);

        var entries = (await AuditAsync(host)).Skip(before).ToList();
        entries.Select(e => e.Action).Should().Equal("acknowledged", "note-added", "resolved");
        entries.Should().OnlyContain(e => e.EntityType == Incident.EntityType && e.EntityId == incident.DisplayNumber);
        entries.Select(e => e.ActorName).Should().Equal("Jin Park", "Jin Park", "Amara Nwosu");
        entries[1].Details.Should().Contain("note: Blocked the sender domain");
        entries[2].Details.Should().Contain("status Resolved");
    }

    [Fact]
    public async Task Triage_RefusedOrStale_NoAuditEntry()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);
        var before = (await AuditAsync(host)).Count;

        (await host.TriageAsync(DemoPeople.Diego, incident.Number, 2, TriageAction.Resolve, "forged")).Status.Should().Be(UseCaseStatus.NotFound);
        (await host.TriageAsync(DemoPeople.Alex, incident.Number, 2, TriageAction.Resolve, "my own")).Status.Should().Be(UseCaseStatus.Forbidden);
        (await host.TriageAsync(DemoPeople.Amara, incident.Number, 1, TriageAction.Acknowledge)).Status.Should().Be(UseCaseStatus.Stale);

        (await AuditAsync(host)).Should().HaveCount(before);
    }

    [Fact]
    public async Task Escalation_SlaPassedUnacknowledged_AuditedAsTheSystemAndChainVerifies()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        (await host.FireDueTimersAsync()).Should().Be(1);

        var escalated = (await AuditAsync(host)).Should().ContainSingle(e => e.Action == "escalated").Subject;
        escalated.EntityId.Should().Be(incident.DisplayNumber);
        escalated.ActorId.Should().BeNull();
        escalated.Details.Should().Contain("step 1");
        var verification = await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditCheckpointWriter>().WriteAsync(CancellationToken.None);
            return await sp.GetRequiredService<IAuditLog>().VerifyAsync(CancellationToken.None);
        });
        verification.IsIntact.Should().BeTrue(verification.Reason);
    }

    private static Task<List<AuditEntry>> AuditAsync(IncidentTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
}
