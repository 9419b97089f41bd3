using System.Net;
using System.Text.Json;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Policies;

public sealed class SqlitePolicyConversationTests() : PolicyConversationTests(DatabaseProvider.Sqlite);

public sealed class PostgresPolicyConversationTests() : PolicyConversationTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The policy library as an employee meets it in Teams: real activity JSON through /api/messages, the reply read
/// from the fake connector or the invoke response body, the shipped policies behind it.
/// </summary>
public abstract class PolicyConversationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(provider);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Message_PolicyUsb_RepliesWithRankedAnswersCitingTheRemovableMediaPolicy()
    {
        var response = await _bot.PostAsync(_bot.Activities.Message("policy usb"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var posted = _bot.Connector.Posted.Should().ContainSingle().Subject;
        var text = CardJson.CardText(posted);
        text.Should().Contain("What the policies say").And.Contain("**Removable Media Policy** · §")
            .And.Contain("Version 1.2").And.Contain("Open full policy").And.Contain("Request an exception");
        using var body = JsonDocument.Parse(posted.Body);
        body.RootElement.GetProperty("replyToId").GetString().Should().Be("1732358527123");
    }

    [Fact]
    public async Task Message_PolicyQuestionWithoutCommand_IsAnswered()
    {
        await _bot.PostAsync(_bot.Activities.Message("Can I use my personal USB stick?"));

        CardJson.CardText(_bot.Connector.Posted.Single()).Should().Contain("§2.2 Personal USB devices");
    }

    [Fact]
    public async Task Message_ShowPolicyPasswords_RepliesWithTheSummary()
    {
        await _bot.PostAsync(_bot.Activities.Message("show policy passwords"));

        CardJson.CardText(_bot.Connector.Posted.Single())
            .Should().Contain("Passwords and Multi-Factor Authentication Policy").And.Contain("Sections").And.Contain("Minimum length");
    }

    [Fact]
    public async Task Message_HostileQuotedQuestion_IsAnsweredAndEscaped()
    {
        var response = await _bot.PostAsync(_bot.Activities.Message("policy \"usb\" OR (title:* NEAR/3) [x](https://evil.example) <at>ceo</at>"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = CardJson.CardText(_bot.Connector.Posted.Single());
        text.Should().Contain("What the policies say").And.NotContain("](https://").And.NotContain("<at>");
    }

    [Fact]
    public async Task ComposeQuery_SearchPolicies_AnswersResultListWithCardsAndPreviews()
    {
        var response = await _bot.PostAsync(_bot.Activities.ComposeQuery("searchPolicies", "usb stick"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var extension = body.RootElement.GetProperty("composeExtension");
        extension.GetProperty("type").GetString().Should().Be("result");
        extension.GetProperty("attachmentLayout").GetString().Should().Be("list");
        var first = extension.GetProperty("attachments")[0];
        first.GetProperty("contentType").GetString().Should().Be("application/vnd.microsoft.card.adaptive");
        first.GetProperty("content").GetProperty("type").GetString().Should().Be("AdaptiveCard");
        first.GetProperty("preview").GetProperty("contentType").GetString().Should().Be("application/vnd.microsoft.card.thumbnail");
        first.GetProperty("preview").GetProperty("content").GetProperty("title").GetString().Should().StartWith("Removable Media Policy §");
        _bot.Connector.Posted.Should().BeEmpty("a compose-box search answers in the invoke response only");
    }

    [Fact]
    public async Task ComposeQuery_Empty_ListsTheLibrary()
    {
        var response = await _bot.PostAsync(_bot.Activities.ComposeQuery("searchPolicies", ""));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("composeExtension").GetProperty("attachments").GetArrayLength().Should().Be(12);
    }

    [Fact]
    public async Task CardAction_OpenFullPolicy_AnswersWithTheFullPolicyCard()
    {
        var response = await _bot.PostAsync(_bot.Activities.CardAction("policy.open", new { policyId = "removable-media", section = "2.2", query = "usb" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("statusCode").GetInt32().Should().Be(200);
        body.RootElement.GetProperty("type").GetString().Should().Be("application/vnd.microsoft.card.adaptive");
        var card = body.RootElement.GetProperty("value").GetRawText();
        card.Should().Contain("Removable Media Policy").And.Contain("Back to answers").And.Contain("risk.request.open");
    }

    [Fact]
    public async Task CardAction_DidYouMean_AnswersWithTheAnswersCard()
    {
        var response = await _bot.PostAsync(_bot.Activities.CardAction("policy.search", new { query = "phishing" }));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("value").GetRawText().Should().Contain("Email and Phishing Policy");
    }
}
