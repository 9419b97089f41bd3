using System.Text.Json;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.UnitTests.Conversation;

public sealed class ConversationCardsTests
{
    [Fact]
    public void HelpCard_Default_ListsEveryCommandWithItsUsage()
    {
        var json = HelpCard.Create().ToJson();

        foreach (var command in new[] { "report", "policy", "risk", "status", "help" })
        {
            json.Should().Contain($"\"{command}");
        }

        json.Should().Contain("search the security policies");
    }

    [Fact]
    public void HelpCard_ExampleButtons_SendTheCommandAsMessageBack()
    {
        var actions = HelpCard.Create().ToJsonElement().GetProperty("actions").EnumerateArray().ToList();

        actions.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(4);
        actions.Should().AllSatisfy(a =>
        {
            a.GetProperty("type").GetString().Should().Be("Action.Submit");
            var msteams = a.GetProperty("data").GetProperty("msteams");
            msteams.GetProperty("type").GetString().Should().Be("messageBack");
            msteams.GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        });
        actions.Select(a => a.GetProperty("data").GetProperty("msteams").GetProperty("text").GetString())
            .Should().Contain("status").And.Contain(t => t!.StartsWith("policy ", StringComparison.Ordinal));
    }

    [Fact]
    public void HelpCard_CustomCommands_AreShownInsteadOfDefaults()
    {
        var json = HelpCard.Create([new CommandHelp("audit", "audit <id> — show the audit trail", "audit INC-1")]).ToJson();

        json.Should().Contain("show the audit trail").And.Contain("audit INC-1").And.NotContain("policy");
    }

    [Fact]
    public void WelcomeCard_HostileName_IsEscaped()
    {
        var heading = WelcomeCard.Create("**Eve** <at>CEO</at> [x](https://evil.example)")
            .ToJsonElement().GetProperty("body")[0].GetProperty("text").GetString();

        heading.Should().Contain("\\*\\*Eve\\*\\*").And.NotContain("<at").And.NotContain("](").And.NotContain("https:");
    }

    [Fact]
    public void WelcomeCard_Name_IsGreeted()
    {
        WelcomeCard.Create("Grace Hopper").ToJson().Should().Contain("Hello Grace Hopper");
    }

    [Theory]
    [InlineData(NoticeKind.Error, "attention")]
    [InlineData(NoticeKind.Warning, "warning")]
    [InlineData(NoticeKind.Success, "good")]
    [InlineData(NoticeKind.Info, "emphasis")]
    public void NoticeCard_Kind_SetsContainerStyle(NoticeKind kind, string style)
    {
        var box = NoticeCard.Create(kind, "Title", "Message").ToJsonElement().GetProperty("body")[0];

        box.GetProperty("type").GetString().Should().Be("Container");
        box.GetProperty("style").GetString().Should().Be(style);
    }

    [Fact]
    public void NoticeCard_UserTextInMessage_IsEscaped()
    {
        var card = NoticeCard.Error("No incident '[x](https://evil.example)'", "No incident '<at>CEO</at>'");

        var texts = card.ToJsonElement().GetProperty("body")[0].GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("text").GetString()).ToList();

        texts.Should().AllSatisfy(t => t.Should().NotContain("<at").And.NotContain("]("));
        card.FallbackText.Should().NotContain("<at");
    }

    [Fact]
    public void Cards_ContentType_IsAdaptive()
    {
        AdaptiveCard.ContentType.Should().Be("application/vnd.microsoft.card.adaptive");
        JsonSerializer.Serialize(HelpCard.Create(), new JsonSerializerOptions()).Should().StartWith("{\"type\":\"AdaptiveCard\"");
    }
}
