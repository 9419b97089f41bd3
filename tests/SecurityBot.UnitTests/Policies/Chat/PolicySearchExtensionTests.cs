using System.Text.Json;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicySearchExtensionTests(ConnectorTurns turns) : IClassFixture<ConnectorTurns>
{
    private readonly PolicySearchExtension _extension = new(PolicyChat.Responder);

    [Fact]
    public async Task Query_Words_ReturnsAnswerCardsWithThumbnailPreviews()
    {
        var response = await Query("""{"commandId":"searchPolicies","parameters":[{"name":"query","value":"usb stick"}],"queryOptions":{"skip":0,"count":25}}""");

        var result = response.ComposeExtension!;
        result.Type.Should().Be("result");
        result.AttachmentLayout.Should().Be("list");
        result.Attachments.Should().NotBeEmpty().And.AllSatisfy(a =>
        {
            a.ContentType.Should().Be("application/vnd.microsoft.card.adaptive");
            a.Preview!.ContentType.Should().Be("application/vnd.microsoft.card.thumbnail");
        });
        var first = (JsonElement)result.Attachments![0].Content!;
        PolicyChat.Texts(first)[0].Should().StartWith("**Removable Media Policy** · §");
        PolicyChat.Actions(first).Select(a => a.GetProperty("title").GetString()).Should().Contain("Request an exception");
    }

    [Fact]
    public async Task Query_Response_SerializesAsTeamsExpects()
    {
        var response = await Query("""{"commandId":"searchPolicies","parameters":[{"name":"query","value":"phishing"}]}""");

        var json = JsonSerializer.SerializeToElement(response, BotJson.Options);
        var extension = json.GetProperty("composeExtension");
        extension.GetProperty("type").GetString().Should().Be("result");
        extension.GetProperty("attachmentLayout").GetString().Should().Be("list");
        var attachment = extension.GetProperty("attachments")[0];
        attachment.GetProperty("content").GetProperty("type").GetString().Should().Be("AdaptiveCard");
        attachment.GetProperty("preview").GetProperty("content").GetProperty("title").GetString().Should().Contain("Email and Phishing Policy");
        attachment.GetProperty("preview").GetProperty("content").GetProperty("text").GetString().Should().StartWith("v2.4 · ");
    }

    [Theory]
    [InlineData("""{"commandId":"searchPolicies","parameters":[{"name":"initialRun","value":"true"}]}""")]
    [InlineData("""{"commandId":"searchPolicies","parameters":[{"name":"query","value":""}]}""")]
    [InlineData("""{"commandId":"searchPolicies"}""")]
    public async Task Query_InitialRunOrEmpty_ListsTheLibrary(string value)
    {
        var response = await Query(value);

        var attachments = response.ComposeExtension!.Attachments!;
        attachments.Should().HaveCount(10, "the first page of the 12 policies, Teams' default page size");
        JsonSerializer.SerializeToElement(attachments[0].Preview!.Content, BotJson.Options).GetProperty("title").GetString().Should().Be("Acceptable Use Policy");
    }

    [Fact]
    public async Task Query_SecondPage_ContinuesTheList()
    {
        var response = await Query("""{"commandId":"searchPolicies","parameters":[{"name":"initialRun","value":"true"}],"queryOptions":{"skip":10,"count":10}}""");

        response.ComposeExtension!.Attachments.Should().HaveCount(2);
    }

    [Fact]
    public async Task Query_NoMatch_SaysSoWithSuggestions()
    {
        var response = await Query("""{"commandId":"searchPolicies","parameters":[{"name":"query","value":"bdgae"}]}""");

        response.ComposeExtension!.Type.Should().Be("message");
        response.ComposeExtension.Text.Should().StartWith("No policy matches “bdgae”.");
    }

    [Fact]
    public async Task Query_HostileText_NeverThrows()
    {
        var response = await Query("""{"commandId":"searchPolicies","parameters":[{"name":"query","value":"\"usb\" OR (AND title:* NEAR/3 -x <at>y</at>"}]}""");

        var result = response.ComposeExtension!;
        result.Type.Should().Be("result");
        result.Attachments.Should().NotBeEmpty("the operators are plain words and 'usb' still finds its policy");
        PolicyChat.Texts((JsonElement)result.Attachments![0].Content!)[0].Should().StartWith("**Removable Media Policy** · §");
        JsonSerializer.Serialize(response, BotJson.Options).Should().NotContain("<at>y</at>", "the user's mention markup is never echoed");
    }

    private Task<MessagingExtensionResponse> Query(string json)
    {
        var query = JsonSerializer.Deserialize<MessagingExtensionQuery>(json, BotJson.Options)!;
        var turn = turns.Invoke("composeExtension/query", JsonSerializer.Deserialize<JsonElement>(json));
        return _extension.HandleAsync(turn, ConnectorTurns.Employee(turn), query, CancellationToken.None);
    }
}
