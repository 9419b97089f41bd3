using System.Text.Json;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteIncidentAccessTests() : IncidentAccessTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentAccessTests() : IncidentAccessTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Card data names an incident; the server decides who may learn anything about it. Someone who is neither a
/// responder nor a reporter of the incident gets, for every triage verb and version, exactly the answer a number that
/// does not exist gets — so forged payloads cannot even tell which numbers are in use.
/// </summary>
public abstract class IncidentAccessTests(DatabaseProvider provider)
{
    private const string Phishing = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    [Theory]
    [InlineData("incident.acknowledge", 1)]
    [InlineData("incident.acknowledge", 0)]
    [InlineData("incident.assign", 1)]
    [InlineData("incident.escalate", 7)]
    [InlineData("incident.resolve", 1)]
    [InlineData("incident.note", 1)]
    [InlineData("incident.refresh", 1)]
    public async Task TriageVerb_ForgedByAStranger_SameAnswerAsForAMissingNumberAndNothingChanges(string verb, long version)
    {
        await using var bot = await BotHarness.StartAsync(provider);
        var submitted = await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "my mailbox", evidence = "", clicked = "false" });
        submitted.GetProperty("statusCode").GetInt32().Should().Be(200);

        var forged = await bot.PressAsync(Person.Diego, verb, new { incident = "INC-000001", version, note = "x", resolution = "x" });
        var missing = await bot.PressAsync(Person.Diego, verb, new { incident = "INC-000999", version, note = "x", resolution = "x" });

        Normalise(forged, "INC-000001").Should().Be(Normalise(missing, "INC-000999"), "the answer must not tell an existing incident from a missing one");
        forged.GetRawText().Should().NotContain("Phishing").And.NotContain("evil-pay").And.NotContain("Alex");
        var incident = await bot.IncidentAsync(1);
        incident.Version.Should().Be(1);
        incident.Status.Should().Be(IncidentStatus.New);
    }

    [Fact]
    public async Task TriageVerb_ByTheReporterWhoIsNoResponder_RefusedAsNotAllowed()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "my mailbox", evidence = "", clicked = "false" });

        // The reporter knows the incident exists; they are told they may not triage it, and nothing changes.
        var answer = await bot.PressAsync(Person.Alex, "incident.resolve", new { incident = "INC-000001", version = 1, resolution = "fine" });

        answer.GetProperty("statusCode").GetInt32().Should().Be(403);
        (await bot.IncidentAsync(1)).Status.Should().Be(IncidentStatus.New);
    }

    private static string Normalise(JsonElement answer, string number) => answer.GetRawText().Replace(number, "INC-NUMBER", StringComparison.Ordinal);
}
