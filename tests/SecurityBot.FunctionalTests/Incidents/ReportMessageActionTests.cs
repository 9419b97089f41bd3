using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteReportMessageActionTests() : ReportMessageActionTests(DatabaseProvider.Sqlite);

public sealed class PostgresReportMessageActionTests() : ReportMessageActionTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// "Report to security" on a Teams message, as Teams sends it: composeExtension/fetchTask opens the form quoting the
/// message, composeExtension/submitAction reports it; the security team's triage card carries the original text and
/// the sender as the directory knows them, and the same message reported twice is one report.
/// </summary>
public abstract class ReportMessageActionTests(DatabaseProvider provider)
{
    private const string Stranger = "5b1d1c39-7f4e-4d6a-9a47-2f1f7c1e0b55";
    private const string Lure = "<p>Hi, this is the <b>IT helpdesk</b>.</p><p>Please <a href=\"https://evil-login.example/reset\">reset your password</a> today &amp; send me the code.</p>";
    private static readonly object Answers = new { category = "phishing", description = "They asked for my MFA code", clicked = "false" };

    [Fact]
    public async Task FetchTask_OnAnExternalUsersMessage_FormQuotesItDefangedAndSaysExternal()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var task = await InvokeAsync(bot, bot.Activities.MessageAction("composeExtension/fetchTask", Stranger, "IT Helpdesk", "federatedUser", Lure));

        task.GetProperty("type").GetString().Should().Be("continue");
        var card = task.GetProperty("value").GetProperty("card").GetProperty("content").GetRawText();
        card.Should().Contain("IT Helpdesk (external").And.Contain("a group chat").And.Contain(@"evil-login\\[.\\]example")
            .And.NotContain("https://evil-login.example", "a link in a reported message is shown defanged");
        (await bot.WithDbAsync(db => db.Set<Incident>().CountAsync())).Should().Be(0, "opening the form reports nothing");
    }

    [Fact]
    public async Task SubmitAction_ExternalLure_OneIncidentWithTheMessageAndTheTriageCardQuotesIt()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var task = await InvokeAsync(bot, bot.Activities.MessageAction("composeExtension/submitAction", Stranger, "IT Helpdesk", "federatedUser", Lure, Answers));

        task.GetProperty("type").GetString().Should().Be("message");
        task.GetProperty("value").GetString().Should().Contain("INC-000001");
        var incident = await IncidentAsync(bot);
        var report = incident.Reports.Single();
        report.Source.Should().Be(IncidentSource.TeamsMessage);
        report.ReporterId.Should().Be(Person.Alex.AadObjectId);
        report.MessageAuthorName.Should().Be("IT Helpdesk");
        report.MessageAuthorKind.Should().Be(MessageAuthorKind.External);
        report.MessageConversation.Should().Be(ConversationKind.GroupChat);
        report.MessageText.Should().Contain("reset your password (https://evil-login.example/reset)").And.Contain("& send me the code");
        incident.Indicators.Select(i => i.Value).Should().Contain("evil-login.example");
        incident.Category.Should().Be(IncidentCategory.Phishing);

        var outbox = await bot.OutboxAsync();
        var triage = outbox.Where(m => m.RecipientAadObjectId == Person.Jin.AadObjectId && m.ActivityJson.Contains("incident.acknowledge", StringComparison.Ordinal)).ToList();
        triage.Should().ContainSingle();
        triage[0].ActivityJson.Should().Contain("Reported Teams message").And.Contain("IT Helpdesk (external").And.Contain(@"evil-login\\[.\\]example")
            .And.Contain("Open the message in Teams");
        outbox.Should().NotContain(m => m.ActivityJson.Contains("https://evil-login", StringComparison.Ordinal));
        outbox.Should().ContainSingle(m => m.RecipientAadObjectId == Person.Alex.AadObjectId && m.ActivityJson.Contains("Report received", StringComparison.Ordinal),
            "the reporter's confirmation goes to their 1:1 chat").Which.ActivityJson.Should().Contain("The message you reported").And.Contain(@"evil-login\\[.\\]example",
            "it says which message it confirms");
    }

    [Fact]
    public async Task SubmitAction_SameMessageTwice_OneReportAndSaysSo()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        var submit = bot.Activities.MessageAction("composeExtension/submitAction", Stranger, "IT Helpdesk", "federatedUser", Lure, Answers);

        await InvokeAsync(bot, submit);
        var again = await InvokeAsync(bot, submit.Replace("\"f:invoke-message-action-1\"", "\"f:invoke-message-action-2\"", StringComparison.Ordinal));

        again.GetProperty("value").GetString().Should().Contain("already reported").And.Contain("INC-000001");
        (await bot.WithDbAsync(db => db.Set<IncidentReport>().CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task SubmitAction_MemberPayloadClaimsAnotherName_TheDirectorysNameIsRecorded()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await InvokeAsync(bot, bot.Activities.MessageAction("composeExtension/submitAction", Person.Megan.AadObjectId, "The CEO", "aadUser", "<p>Send me the payroll file</p>", Answers));

        var report = (await IncidentAsync(bot)).Reports.Single();
        report.MessageAuthorName.Should().Be("Megan Bowen");
        report.MessageAuthorKind.Should().Be(MessageAuthorKind.Member);
        report.MessageAuthorId.Should().Be(Person.Megan.AadObjectId);
    }

    [Fact]
    public async Task SubmitAction_ForgedCategory_FormAgainWithTheErrorAndNothingStored()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var task = await InvokeAsync(bot, bot.Activities.MessageAction("composeExtension/submitAction", Stranger, "IT Helpdesk", "federatedUser", Lure,
            new { category = "<script>", description = "", clicked = "false" }));

        task.GetProperty("type").GetString().Should().Be("continue");
        task.GetProperty("value").GetProperty("card").GetProperty("content").GetRawText().Should().Contain("Choose what kind of incident this is.");
        (await bot.WithDbAsync(db => db.Set<Incident>().CountAsync())).Should().Be(0);
    }

    private static Task<Incident> IncidentAsync(BotHarness bot) =>
        bot.WithDbAsync(db => db.Set<Incident>().AsNoTracking().Include(i => i.Reports).Include(i => i.Indicators).SingleAsync(i => i.Number == 1));

    private static async Task<JsonElement> InvokeAsync(BotHarness bot, string activity)
    {
        using var response = await bot.PostAsync(activity, bot.ChannelToken);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0}{1}{2}", body, Environment.NewLine, bot.Failures);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("task").Clone();
    }
}
