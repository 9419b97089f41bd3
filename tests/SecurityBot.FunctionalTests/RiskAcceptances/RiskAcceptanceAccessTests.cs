using System.Text.Json;
using SecurityBot.Platform.Persistence;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskAcceptanceAccessTests() : RiskAcceptanceAccessTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskAcceptanceAccessTests() : RiskAcceptanceAccessTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Who may learn anything about a risk acceptance, through /api/messages with real Teams JSON: a person who may not
/// see a request gets, for every verb and every version a card could carry, exactly the answer a number that does
/// not exist gets — so forged card data cannot walk the register — and refusals name no approver.
/// </summary>
public abstract class RiskAcceptanceAccessTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly string[] Verbs = ["risk.approve", "risk.reject", "risk.changes", "risk.renew", "risk.remediate", "risk.resubmit", "risk.edit", "risk.refresh", "risk.withdraw"];
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider);
        foreach (var person in new[] { Person.Alex, Person.Isaiah, Person.Megan, Person.Priya })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task CardAction_ForgedDataFromSomeoneWhoMayNotSeeIt_SameAnswerAsForAMissingNumberForEveryVerbAndVersion()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        await _bot.PressAsync(Person.Megan, "risk.approve", ActionData(await _bot.WaitForCardAsync(Person.Megan, "RA-000001"), "Approve"));
        var before = await FindAsync("RA-000001");

        // 1 and 2 are older than the request (the "stale" answer), 3 is current, 8 never existed.
        foreach (var verb in Verbs)
        {
            foreach (var version in new long[] { 1, 2, before.Version, before.Version + 5 })
            {
                var existing = await _bot.PressRawAsync(Person.Isaiah, verb, Forged("RA-000001", version));
                var missing = await _bot.PressRawAsync(Person.Isaiah, verb, Forged("RA-000999", version));

                existing.Should().Be(missing, $"{verb} with version {version} must not tell an existing request from a missing one");
                JsonDocument.Parse(existing).RootElement.GetProperty("statusCode").GetInt32().Should().Be(404);
                existing.Should().NotContain("Legacy build server").And.NotContain("Megan").And.NotContain("Alex");
            }
        }

        var after = await FindAsync("RA-000001");
        after.Version.Should().Be(before.Version, "nothing a stranger sent changed the request");
        after.Decisions.Should().ContainSingle();
    }

    [Fact]
    public async Task ShowCommand_SomeoneWhoMayNotSeeIt_SameCardAsForAMissingNumber()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());

        var existing = await ReplyToAsync(Person.Isaiah, "risk RA-000001");
        var missing = await ReplyToAsync(Person.Isaiah, "risk RA-000999");

        existing.Should().Be(missing);
        existing.Should().NotContain("Legacy build server").And.NotContain("RA-000001");
        (await ReplyToAsync(Person.Alex, "risk RA-000001")).Should().Contain("Legacy build server", "the requester still sees it");
    }

    [Fact]
    public async Task Approve_ViewerWhoIsNotTheStageApprover_RefusedWithoutNamingTheApprovers()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        var approve = ActionData(await _bot.WaitForCardAsync(Person.Megan, "RA-000001"), "Approve");

        var csoTooEarly = await _bot.PressAsync(Person.Priya, "risk.approve", approve);

        Texts(csoTooEarly).Should().Contain("can't act on").And.NotContain("Megan Bowen");
        (await FindAsync("RA-000001")).Decisions.Should().BeEmpty();
    }

    [Fact]
    public async Task Edit_SomeoneWhoMayNotSeeIt_SameAnswerAsForAMissingNumber()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        var card = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        await _bot.PressAsync(Person.Megan, "risk.changes", RiskForms.Merge(ActionData(card, "Request changes"), "changesComment", "Attach the log."));
        var current = await FindAsync("RA-000001");

        var existing = await _bot.PressRawAsync(Person.Isaiah, "risk.edit", new { id = "RA-000001", version = current.Version });
        var missing = await _bot.PressRawAsync(Person.Isaiah, "risk.edit", new { id = "RA-000999", version = current.Version });
        var approverEdits = await _bot.PressAsync(Person.Megan, "risk.edit", new { id = "RA-000001", version = current.Version });

        existing.Should().Be(missing);
        Texts(approverEdits).Should().Contain("can't act on").And.NotContain("Edit RA-000001 and resubmit");
    }

    private static Dictionary<string, object?> Forged(string reference, long version)
    {
        var data = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(RiskForms.Valid()))!;
        data["id"] = reference;
        data["version"] = version;
        data["stage"] = 0;
        data["rejectComment"] = "no";
        data["changesComment"] = "no";
        data["durationDays"] = "30";
        return data;
    }

    /// <summary>Says <paramref name="text"/> and returns the card of the bot's reply, as JSON text.</summary>
    private async Task<string> ReplyToAsync(Person person, string text)
    {
        var conversation = person.Conversation;
        var before = _bot.Connector.Posted.Count(p => p.ConversationId == conversation && !p.IsUpdate);
        (await _bot.SayAsync(person, text)).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var posted = _bot.Connector.Posted.Where(p => p.ConversationId == conversation && !p.IsUpdate).ToList();
            if (posted.Count > before)
            {
                return Card(JsonDocument.Parse(posted[before].Body).RootElement).GetRawText();
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No reply to {person.Name} for '{text}'.");
    }

    private Task<SecurityBot.RiskAcceptances.Domain.RiskAcceptance> FindAsync(string reference) => _bot.FindRiskAsync(reference);
}
