using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteAlertIntakeTests() : AlertIntakeTests(DatabaseProvider.Sqlite);

public sealed class PostgresAlertIntakeTests() : AlertIntakeTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A SIEM alert raised through <see cref="IIncidentIntake"/> in the real host: one incident however many times and
/// however concurrently the same alert arrives, routed to responders like a report, with nobody to confirm to.
/// </summary>
public abstract class AlertIntakeTests(DatabaseProvider provider)
{
    private static IncidentAlert Alert(string externalId = "sentinel-incident-77", IncidentSeverity severity = IncidentSeverity.High) =>
        new("sentinel", externalId, "Impossible travel for a finance account", "Sign-ins from 203.0.113.7 and 198.51.100.9 ten minutes apart", severity,
            "account-compromise", ["203.0.113.7", "198.51.100.9"], null, new Uri("https://portal.azure.com/#incident/77"));

    [Fact]
    public async Task RaiseAlert_FiftyConcurrentDuplicates_OneIncidentOneReportAndOneSaysCreated()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => RaiseAsync(bot, Alert())));

        results.Should().AllSatisfy(r => r.IncidentNumber.Should().Be("INC-000001"));
        results.Count(r => !r.AlreadyRaised).Should().Be(1);
        (await bot.WithDbAsync(db => db.Set<Incident>().CountAsync())).Should().Be(1);
        (await bot.WithDbAsync(db => db.Set<IncidentReport>().CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task RaiseAlert_New_TriageCardToRespondersNamesTheAlertAndNoConfirmationToTheSystem()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var result = await RaiseAsync(bot, Alert());

        result.Succeeded.Should().BeTrue();
        var incident = await bot.WithDbAsync(db => db.Set<Incident>().AsNoTracking().Include(i => i.Reports).SingleAsync());
        incident.Source.Should().Be(IncidentSource.Siem);
        incident.Severity.Should().Be(IncidentSeverity.High);
        incident.Reports.Single().AlertExternalId.Should().Be("sentinel-incident-77");
        var outbox = await bot.OutboxAsync();
        outbox.Should().Contain(m => m.RecipientAadObjectId == Person.Jin.AadObjectId && m.ActivityJson.Contains("SIEM alert", StringComparison.Ordinal)
            && m.ActivityJson.Contains("sentinel-incident-77", StringComparison.Ordinal));
        outbox.Should().NotContain(m => m.RecipientAadObjectId != null && m.RecipientAadObjectId.StartsWith("siem:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RaiseAlert_Invalid_ErrorsAndNothingStored()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var result = await RaiseAsync(bot, Alert(externalId: ""));

        result.Status.Should().Be(UseCaseStatus.Invalid);
        result.Errors.Should().ContainSingle(e => e.Field == "externalId");
        (await bot.WithDbAsync(db => db.Set<Incident>().CountAsync())).Should().Be(0);
        (await bot.OutboxAsync()).Should().BeEmpty();
    }

    private static async Task<AlertIntakeResult> RaiseAsync(BotHarness bot, IncidentAlert alert)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IIncidentIntake>().RaiseAlertAsync(alert, CancellationToken.None);
    }
}
