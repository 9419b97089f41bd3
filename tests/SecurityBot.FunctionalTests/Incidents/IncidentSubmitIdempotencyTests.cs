using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteIncidentSubmitIdempotencyTests() : IncidentSubmitIdempotencyTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentSubmitIdempotencyTests() : IncidentSubmitIdempotencyTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A report form submitted twice — a double click (two invokes from the same card) or Teams redelivering the same
/// invoke — is one report: the second answer names the same incident and nothing new is stored or sent.
/// </summary>
public abstract class IncidentSubmitIdempotencyTests(DatabaseProvider provider)
{
    private const string Phishing = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    [Fact]
    public async Task Submit_DoubleClickOnTheSameForm_OneIncidentAndTheSameNumber()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var first = CardOf(await bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:form-a", activityId: "f:click-1"));
        var second = CardOf(await bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:form-a", activityId: "f:click-2"));

        first.Should().Contain("INC-000001");
        second.Should().Contain("INC-000001");
        await ShouldHaveAsync(bot, incidents: 1, reports: 1);
    }

    [Fact]
    public async Task Submit_RedeliveredInvoke_OneIncidentAndTheSameNumber()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:form-a", activityId: "f:click-1");
        var redelivered = CardOf(await bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:form-a", activityId: "f:click-1"));

        redelivered.Should().Contain("INC-000001");
        await ShouldHaveAsync(bot, incidents: 1, reports: 1);
    }

    [Fact]
    public async Task Submit_ConcurrentDoubleClick_OneIncident()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:form-a", activityId: $"f:click-{i}")));

        answers.Select(CardOf).Should().AllSatisfy(card => card.Should().Contain("INC-000001"));
        await ShouldHaveAsync(bot, incidents: 1, reports: 1);
    }

    [Fact]
    public async Task Submit_LinkedReportDoubleClicked_OneRelatedReport()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:form-a");

        var first = CardOf(await bot.PressAsync(Person.Diego, "incident.submit", Form(Phishing), cardId: "1:form-d", activityId: "f:d-1"));
        var second = CardOf(await bot.PressAsync(Person.Diego, "incident.submit", Form(Phishing), cardId: "1:form-d", activityId: "f:d-2"));

        first.Should().Contain("INC-000001");
        second.Should().Contain("INC-000001");
        await ShouldHaveAsync(bot, incidents: 1, reports: 2);
        (await bot.IncidentAsync(1)).Timeline.Count(e => e.Kind == TimelineEventKind.RelatedReport).Should().Be(1);
    }

    [Fact]
    public async Task Submit_SameTextFromTwoPeopleOnOneCard_TwoReports()
    {
        // A form posted in a group chat is one card several people can fill in: the key is per person.
        await using var bot = await BotHarness.StartAsync(provider);

        await bot.PressAsync(Person.Alex, "incident.submit", Form(Phishing), cardId: "1:shared-form", activityId: "f:a");
        await bot.PressAsync(Person.Diego, "incident.submit", Form(Phishing), cardId: "1:shared-form", activityId: "f:d");

        await ShouldHaveAsync(bot, incidents: 1, reports: 2);
    }

    private static async Task ShouldHaveAsync(BotHarness bot, int incidents, int reports)
    {
        (await bot.WithDbAsync(db => db.Set<Incident>().CountAsync())).Should().Be(incidents);
        (await bot.WithDbAsync(db => db.Set<IncidentReport>().CountAsync())).Should().Be(reports);
    }

    private static object Form(string description) =>
        new { category = "phishing", description, occurredOn = "", affectedSystem = "my mailbox", evidence = "", clicked = "false" };

    private static string CardOf(JsonElement invokeResponse)
    {
        invokeResponse.GetProperty("statusCode").GetInt32().Should().Be(200, invokeResponse.ToString());
        return invokeResponse.GetProperty("value").GetRawText();
    }
}
