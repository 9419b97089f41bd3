using SecurityBot.FunctionalTests.RiskAcceptances;
using SecurityBot.Platform.Persistence;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Conversation;

public sealed class SqlitePrivateAnswerTests() : PrivateAnswerTests(DatabaseProvider.Sqlite);

public sealed class PostgresPrivateAnswerTests() : PrivateAnswerTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Register and incident details asked for in a channel or a group chat: the conversation gets a pointer, the
/// content goes to the asker's 1:1 chat with the bot (through the outbox) — others in the conversation read nothing.
/// </summary>
public abstract class PrivateAnswerTests(DatabaseProvider provider)
{
    private const string RiskTitle = "Legacy build server without disk encryption";
    private const string Phishing = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    [Theory]
    [InlineData("channel", "risk list", "Risk acceptances")]
    [InlineData("groupChat", "risk list", "Risk acceptances")]
    [InlineData("channel", "risk RA-000001", "build-01.corp")]
    [InlineData("groupChat", "risk export", "Risk register export")]
    [InlineData("channel", "risk export", "Risk register export")]
    public async Task RiskCommand_InASharedConversation_PointerThereContentInThePersonalChat(string where, string command, string expected)
    {
        await using var bot = await BotHarness.StartAsync(provider);
        (await bot.SayAsync(Person.Alex, "help")).EnsureSuccessStatusCode();
        (await bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid())).GetProperty("statusCode").GetInt32().Should().Be(200);

        var before = bot.Connector.Posted.Count;

        var response = where == "channel" ? await bot.SayInChannelAsync(Person.Alex, command) : await bot.SayInGroupChatAsync(Person.Alex, command);
        response.EnsureSuccessStatusCode();

        await bot.WaitForPostedTextAsync(Person.Alex, expected);
        bot.Connector.Posted.Skip(before).Should().Contain(p => p.ConversationId == Person.Alex.Conversation
                                                                && Texts(p.Body).Contains(expected, StringComparison.Ordinal) && Texts(p.Body).Contains("RA-000001", StringComparison.Ordinal));
        var shared = bot.Connector.Posted.Where(p => p.ConversationId.StartsWith("19:", StringComparison.Ordinal)).ToList();
        shared.Should().ContainSingle().Which.Body.Should().Contain("private chat");
        foreach (var answer in shared)
        {
            answer.Body.Should().NotContain("RA-000001").And.NotContain(RiskTitle).And.NotContain("build-01");
        }
    }

    [Fact]
    public async Task RiskList_InThePersonalChat_AnsweredThereAsBefore()
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());

        await bot.SayAsync(Person.Alex, "risk list");

        Texts((await bot.WaitForPostedTextAsync(Person.Alex, "Risk acceptances")).Body).Should().Contain("RA-000001");
        bot.Connector.Posted.Should().NotContain(p => p.Body.Contains("private chat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task IncidentCommand_ResponderInASharedConversation_TriageCardOnlyInThePersonalChat(string where)
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "alex-mailbox", evidence = "", clicked = "false" });
        (await bot.SayAsync(Person.Jin, "help")).EnsureSuccessStatusCode();

        var response = where == "channel"
            ? await bot.SayInChannelAsync(Person.Jin, "incident INC-000001")
            : await bot.SayInGroupChatAsync(Person.Jin, "incident INC-000001");
        response.EnsureSuccessStatusCode();

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == Person.Jin.Conversation && p.Body.Contains("incident.acknowledge", StringComparison.Ordinal))))
            .Should().BeTrue();
        var shared = bot.Connector.Posted.Where(p => p.ConversationId.StartsWith("19:", StringComparison.Ordinal)).ToList();
        shared.Should().ContainSingle().Which.Body.Should().Contain("private chat");
        shared[0].Body.Should().NotContain("billing").And.NotContain("alex-mailbox").And.NotContain("Alex Wilber");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("status INC-000001")]
    public async Task StatusCommand_ReporterInAChannel_OwnReportOnlyInThePersonalChat(string command)
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "alex-mailbox", evidence = "", clicked = "false" });
        (await bot.SayAsync(Person.Alex, "help")).EnsureSuccessStatusCode();

        (await bot.SayInChannelAsync(Person.Alex, command)).EnsureSuccessStatusCode();

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == Person.Alex.Conversation && !p.IsUpdate
                                                         && p.Body.Contains("INC-000001", StringComparison.Ordinal))))
            .Should().BeTrue();
        var shared = bot.Connector.Posted.Where(p => p.ConversationId.StartsWith("19:", StringComparison.Ordinal)).ToList();
        shared.Should().ContainSingle().Which.Body.Should().Contain("private chat").And.NotContain("INC-000001").And.NotContain("billing");
    }
}
