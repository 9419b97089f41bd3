using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Regional;

public sealed class SqliteLanguageTests() : LanguageTests(DatabaseProvider.Sqlite);

public sealed class PostgresLanguageTests() : LanguageTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Issue 20 item 2 through /api/messages: an employee whose Teams runs in German reports, asks a policy question and
/// opens the risk request in German (the activity's locale, remembered per person); someone in English Teams gets
/// English from the same bot at the same time.
/// </summary>
public abstract class LanguageTests(DatabaseProvider provider)
{
    private const string Berlin = "Europe/Berlin";

    [Fact]
    public async Task Report_GermanTeams_FormAndConfirmationInGerman()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await SayAsync(bot, Person.Megan, "report", "de-DE");
        var form = await bot.WaitForPostedTextAsync(Person.Megan, "Sicherheitsvorfall melden");
        form.Body.Should().Contain("Was ist passiert?").And.NotContain("What happened?");

        var confirmation = await SubmitAsync(bot, Person.Megan, "de-DE");
        confirmation.Should().Contain("✓ Meldung erhalten – INC-000001").And.Contain("fällig bis").And.Contain("Ortszeit Berlin")
            .And.Contain("Phishing oder verdächtige E-Mail").And.NotContain("Report received");
    }

    [Fact]
    public async Task Report_GermanInvalidSubmission_ProblemsInGerman()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var press = TeamsClient.InZone(bot.CardAction(Person.Megan, "incident.submit", new { category = "", description = "hi", clicked = "false" }), Berlin, "de-DE");
        using var response = await bot.PostAsync(press, bot.ChannelToken);
        var body = CardJson.Texts(await response.Content.ReadAsStringAsync());

        body.Should().Contain("Bitte korrigieren Sie Folgendes").And.Contain("Wählen Sie, welche Art von Vorfall es ist.").And.Contain("mindestens 10 Zeichen");
    }

    [Fact]
    public async Task PolicyAndRisk_GermanTeams_GermanWhileEnglishTeamsStaysEnglish()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await SayAsync(bot, Person.Megan, "policy can I use a USB stick", "de-DE");
        await SayAsync(bot, Person.Alex, "policy can I use a USB stick", "en-US");
        await SayAsync(bot, Person.Megan, "risk", "de-DE");

        (await bot.WaitForPostedTextAsync(Person.Megan, "Was die Richtlinien sagen")).Should().NotBeNull();
        (await bot.WaitForPostedTextAsync(Person.Alex, "What the policies say")).Should().NotBeNull();
        var form = await bot.WaitForPostedTextAsync(Person.Megan, "Risikoakzeptanz beantragen");
        form.Body.Should().Contain("Zur Genehmigung einreichen").And.Contain("Selten").And.Contain("Eintrittswahrscheinlichkeit");
    }

    [Fact]
    public async Task RiskRequest_GermanTeams_ConfirmationInGermanApproverInEnglish()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        (await bot.SayAsync(Person.Megan, "help")).EnsureSuccessStatusCode();

        var press = TeamsClient.InZone(bot.CardAction(Person.Alex, "risk.request.submit", RiskAcceptances.RiskForms.Valid()), Berlin, "de-DE");
        using var response = await bot.PostAsync(press, bot.ChannelToken);
        var confirmation = CardJson.Texts(await response.Content.ReadAsStringAsync());

        confirmation.Should().Contain("RA-000001 wurde eingereicht. Wartet auf die Genehmigung: Vorgesetzte (Megan Bowen).")
            .And.Contain("Genehmigung ausstehend").And.NotContain("Pending approval");
        var approver = await bot.WaitForCardAsync(Person.Megan, "RA-000001");
        CardJson.Texts(approver).Should().Contain("Pending approval", "Megan's Teams never said German: her card stays English");
    }

    [Fact]
    public async Task Help_GermanTeams_EveryCommandLineInGerman()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await SayAsync(bot, Person.Megan, "help", "de-DE");

        var help = CardJson.Texts((await bot.WaitForPostedTextAsync(Person.Megan, "Was ich kann")).Body);
        foreach (var command in bot.Services.GetRequiredService<CommandCatalog>().Help)
        {
            var english = command.Usage[(command.Usage.IndexOf(" — ", StringComparison.Ordinal) + 3)..];
            help.Should().NotContain(english, $"the help line of '{command.Keyword}' has its German text");
        }
    }

    [Fact]
    public async Task ReporterNews_GermanReporter_ToldInGerman()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        (await bot.SayAsync(Person.Jin, "help")).EnsureSuccessStatusCode();
        await SubmitAsync(bot, Person.Megan, "de-DE");

        var acknowledged = await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 });

        acknowledged.GetProperty("statusCode").GetInt32().Should().Be(200);
        var news = await bot.WaitForPostedTextAsync(Person.Megan, "Neuigkeiten zu Ihrer Meldung INC-000001");
        CardJson.Texts(news.Body).Should().Contain("Das Sicherheitsteam hat Ihre Meldung bestätigt (Jin Park).").And.Contain("Geben Sie status INC-000001 ein");
    }

    private static async Task SayAsync(BotHarness bot, Person who, string text, string locale) =>
        (await bot.PostAsync(TeamsClient.InZone(who.Sends(bot.Activities.Message(text)), Berlin, locale), bot.ChannelToken)).EnsureSuccessStatusCode();

    private static async Task<string> SubmitAsync(BotHarness bot, Person who, string locale)
    {
        var press = TeamsClient.InZone(bot.CardAction(who, "incident.submit",
            new { category = "phishing", description = "Email from billing@evil-pay.example asks me to confirm my password", clicked = "false" }), Berlin, locale);
        using var response = await bot.PostAsync(press, bot.ChannelToken);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return CardJson.Texts(body);
    }
}
