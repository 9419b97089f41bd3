using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Domain;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskRequestIdempotencyTests() : RiskRequestIdempotencyTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskRequestIdempotencyTests() : RiskRequestIdempotencyTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// One form, one request: a redelivered submit (Teams repeats the activity id) and a double click (a new activity
/// id, the same card message in replyToId) answer with the number of the first, through /api/messages.
/// </summary>
public abstract class RiskRequestIdempotencyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider);
        foreach (var person in new[] { Person.Alex, Person.Megan })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Submit_RedeliveredWithTheSameActivityId_OneRequestAndTheSameNumber()
    {
        var first = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid(), activityId: "f:submit-1", cardId: "1:form-1");
        var again = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid(), activityId: "f:submit-1", cardId: "1:form-1");

        Texts(first).Should().Contain("RA-000001 was submitted");
        Texts(again).Should().Contain("RA-000001").And.NotContain("RA-000002");
        (await CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Submit_DoubleClickInParallel_OneRequestAndEveryAnswerHasTheSameNumber()
    {
        var clicks = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() =>
            _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid(), activityId: $"f:click-{i}", cardId: "1:form-1"))));

        clicks.Select(c => Texts(c)).Should().OnlyContain(t => t.Contains("RA-000001", StringComparison.Ordinal) && !t.Contains("RA-000002", StringComparison.Ordinal));
        (await CountAsync()).Should().Be(1);
        await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        (await AuditCountAsync("requested")).Should().Be(1, "the repeated submits asked nobody twice");
    }

    [Fact]
    public async Task Submit_FromTwoDifferentForms_TwoRequests()
    {
        var first = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid(), activityId: "f:a", cardId: "1:form-a");
        var second = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid(), activityId: "f:b", cardId: "1:form-b");

        Texts(first).Should().Contain("RA-000001 was submitted");
        Texts(second).Should().Contain("RA-000002 was submitted");
        (await CountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task Submit_InvalidThenCorrectedOnTheSameForm_OneRequest()
    {
        var invalid = await _bot.PressAsync(Person.Alex, "risk.request.submit", new { title = "x" }, activityId: "f:1", cardId: "1:form-1");
        var corrected = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid(), activityId: "f:2", cardId: "1:form-1");

        Texts(invalid).Should().Contain("Please correct");
        Texts(corrected).Should().Contain("RA-000001 was submitted", "a refused submit reserves nothing");
        (await CountAsync()).Should().Be(1);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().Set<RiskAcceptance>().CountAsync();
    }

    private async Task<int> AuditCountAsync(string action)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().Set<SecurityBot.Platform.Audit.AuditEntry>().CountAsync(e => e.Action == action);
    }
}
