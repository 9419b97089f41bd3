using System.Text.Json;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteLinkedReporterTests() : LinkedReporterTests(DatabaseProvider.Sqlite);

public sealed class PostgresLinkedReporterTests() : LinkedReporterTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Two people report the same phishing campaign: the second report joins the first one's incident. Each reporter
/// sees what they reported and the incident's number and status, never the other's words or indicators; responders
/// see both.
/// </summary>
public abstract class LinkedReporterTests(DatabaseProvider provider)
{
    private const string AlexReport = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";
    private const string DiegoReport = "A text message asked me to confirm my parcel at https://evil-pay.example/parcel-tracking";

    [Fact]
    public async Task LinkedReport_EveryReporterView_ShowsOnlyTheirOwnReport()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        CardOf(await bot.PressAsync(Person.Alex, "incident.submit", Form(AlexReport, "alex-mailbox"), cardId: "1:alex-form"))
            .Should().Contain("INC-000001");

        var diegoConfirmation = CardOf(await bot.PressAsync(Person.Diego, "incident.submit", Form(DiegoReport, "diego-phone"), cardId: "1:diego-form"));
        diegoConfirmation.Should().Contain("INC-000001").And.Contain("parcel");
        ShouldHideAlex(diegoConfirmation);

        var diegoRefresh = CardOf(await bot.PressAsync(Person.Diego, "incident.refresh", new { incident = "INC-000001", version = 2 }, cardId: "1:diego-form"));
        diegoRefresh.Should().Contain("INC-000001").And.Contain("parcel");
        ShouldHideAlex(diegoRefresh);

        var alexRefresh = CardOf(await bot.PressAsync(Person.Alex, "incident.refresh", new { incident = "INC-000001", version = 2 }, cardId: "1:alex-form"));
        alexRefresh.Should().Contain("billing");
        alexRefresh.Should().NotContain("parcel").And.NotContain("diego-phone");

        await bot.SayAsync(Person.Diego, "status INC-000001");
        await bot.SayAsync(Person.Diego, "status");
        (await bot.EventuallyAsync(c => c.Posted.Count(p => p.ConversationId == Person.Diego.Conversation) >= 2)).Should().BeTrue();
        foreach (var answer in bot.Connector.Posted.Where(p => p.ConversationId == Person.Diego.Conversation))
        {
            answer.Body.Should().Contain("INC-000001");
            ShouldHideAlex(answer.Body);
        }

        // Responders still see every report.
        var responder = CardOf(await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 2 }));
        responder.Should().Contain("billing").And.Contain("parcel");

        // Diego's live copy is re-rendered for Diego on the change.
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && p.ActivityId == "1:diego-form"))).Should().BeTrue();
        var update = bot.Connector.Posted.Last(p => p.IsUpdate && p.ActivityId == "1:diego-form").Body;
        update.Should().Contain("Acknowledged by Jin Park").And.Contain("parcel");
        ShouldHideAlex(update);
    }

    private static void ShouldHideAlex(string card) =>
        card.Should().NotContain("billing").And.NotContain("alex-mailbox").And.NotContain("/login").And.NotContain("Alex Wilber");

    private static object Form(string description, string affected) =>
        new { category = "phishing", description, occurredOn = "", affectedSystem = affected, evidence = "", clicked = "false" };

    private static string CardOf(JsonElement invokeResponse)
    {
        invokeResponse.GetProperty("statusCode").GetInt32().Should().Be(200, invokeResponse.ToString());
        return invokeResponse.GetProperty("value").GetRawText();
    }
}
