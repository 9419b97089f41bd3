using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SecurityBot.FunctionalTests.Endpoint;

/// <summary>
/// Bad input is refused with a clear 4xx, before anything runs or is stored. SQLite only: the refusal comes before any
/// turn, so no database work happens to differ between providers (the database is only read to see nothing was stored).
/// </summary>
public sealed class BadRequestTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Bot:MaxRequestBodyBytes"] = "4096" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("{ not json", "not a valid activity")]
    [InlineData("[1, 2, 3]", "not a valid activity")]
    [InlineData("null", "not a JSON object")]
    [InlineData("{\"text\":\"help\"}", "no type")]
    [InlineData("{\"type\":\"message\",\"text\":\"help\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"file:///etc/passwd\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"}}", "serviceUrl")]
    public async Task Post_MalformedBody_400WithReasonAndNothingDone(string body, string reason)
    {
        var response = await _bot.PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
        _bot.Connector.Requests.Should().BeEmpty();
        (await _bot.StoredReferenceCountAsync()).Should().Be(0);
    }

    /// <summary>
    /// The activity id and conversation id go into the URL of the reply; one that no connector accepts (found by the
    /// fuzz test: a NUL, or kilobytes) made the turn fail with a 500 after the work was done. Refused up front now.
    /// </summary>
    [Theory]
    [InlineData("id", "\\u0000")]
    [InlineData("id", "1732358527123\\u001b[31m")]
    [InlineData("id", "long")]
    [InlineData("conversation", "a:1personal\\u0000chat")]
    [InlineData("conversation", "long")]
    public async Task Post_IdNoReplyCouldCarry_400AndNothingDone(string field, string value)
    {
        var json = value == "long" ? new string('a', 1025) : value;
        var activity = field == "id"
            ? _bot.Activities.Message("help").Replace("\"id\": \"1732358527123\"", $"\"id\": \"{json}\"", StringComparison.Ordinal)
            : _bot.Activities.Message("help").Replace("\"a:1personal-chat-alex\"", $"\"{json}\"", StringComparison.Ordinal);

        var response = await _bot.PostAsync(activity);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("cannot be used in a reply");
        _bot.Connector.Requests.Should().BeEmpty();
        (await _bot.StoredReferenceCountAsync()).Should().Be(0);
    }

    /// <summary>
    /// The sender's and bot's ids are stored with the conversation reference; a NUL in one (found by the fuzz test on
    /// PostgreSQL, which refuses it in text) failed the turn after its work was done. Refused up front, on every engine.
    /// </summary>
    [Theory]
    [InlineData("from", "29:1Alex\u0000Wilber")]
    [InlineData("from", "29:1Alex\u001b[31m")]
    [InlineData("recipient", "28:bot\u0000")]
    public async Task Post_SenderOrRecipientIdWithControl_400AndNothingStored(string account, string hostileId)
    {
        var activity = JsonNode.Parse(_bot.Activities.Message("help"))!;
        activity[account]!["id"] = hostileId;

        var response = await _bot.PostAsync(activity.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("cannot be stored");
        _bot.Connector.Requests.Should().BeEmpty();
        (await _bot.StoredReferenceCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Post_UnparseableJson_OneUniformAnswerWithoutParserDetails()
    {
        // Two different parser failures (syntax, wrong type): the caller learns nothing about our parser or model.
        var syntax = await _bot.PostAsync("{\"type\": \"message\" \"text\": 1}");
        var wrongType = await _bot.PostAsync("{\"type\": 5, \"serviceUrl\": {\"a\": 1}}");

        syntax.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        wrongType.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var first = await syntax.Content.ReadAsStringAsync();
        (await wrongType.Content.ReadAsStringAsync()).Should().Be(first);
        first.Should().NotContainAny("Path", "LineNumber", "BytePosition", "System.", "$.", "invalid start");
    }

    [Fact]
    public async Task Post_BodyOverLimit_413()
    {
        var response = await _bot.PostAsync(_bot.Activities.Message(new string('a', 5000)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Bot:MaxRequestBodyBytes");
        (await _bot.StoredReferenceCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Post_NotJsonContentType_415()
    {
        using var content = new StringContent(_bot.Activities.Message("help"), Encoding.UTF8, "text/plain");

        var response = await _bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }
}
