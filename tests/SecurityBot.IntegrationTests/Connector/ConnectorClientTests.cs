using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Logging;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>Each connector operation over real HTTP against the fake Teams connector, served under a regional path (/amer/).</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1700000000000";
    private FakeConnectorServer _teams = null!;
    private OutboundTokens _tokens = null!;
    private ServiceProvider _services = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnectorServer.StartAsync(pathBase: "/amer");
        _tokens = await OutboundTokens.StartAsync();
        _services = ConnectorServices.Create(new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl }, _tokens);
        _client = _services.GetRequiredService<IConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _teams.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversation_RegionalServiceUrl_PostsTheActivityUnderThePath()
    {
        var response = await _client.SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message("hello"), CancellationToken.None);

        response.Id.Should().Be("activity-1");
        var request = _teams.Requests.Single();
        request.Method.Should().Be("POST");
        request.RawTarget.Should().Be("/amer/v3/conversations/a%3Aalice/activities");
        var body = JsonNode.Parse(request.Body)!;
        body["type"]!.GetValue<string>().Should().Be("message");
        body["text"]!.GetValue<string>().Should().Be("hello");
        request.Body.Should().NotContain("null", "the Bot Framework JSON omits nulls");
    }

    [Fact]
    public async Task SendToConversation_ServiceUrlWithoutTrailingSlash_KeepsItsLastSegment()
    {
        var withoutSlash = _teams.ServiceUrl.TrimEnd('/');

        await _client.SendToConversationAsync(withoutSlash, "a:alice", Message("hi"), CancellationToken.None);

        _teams.Requests.Single().Path.Should().Be("/amer/v3/conversations/a:alice/activities");
    }

    [Fact]
    public async Task ReplyToActivity_ChannelThread_PostsToTheActivityWithEscapedIds()
    {
        var response = await _client.ReplyToActivityAsync(_teams.ServiceUrl, ChannelThread, "1:reply/to", Message("answer"), CancellationToken.None);

        response.Id.Should().NotBeNullOrEmpty();
        var request = _teams.Requests.Single();
        request.Method.Should().Be("POST");
        request.RawTarget.Should().Be("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities/1%3Areply%2Fto");
        request.ConversationId.Should().Be(ChannelThread);
    }

    [Fact]
    public async Task UpdateActivity_ExistingCard_PutsTheNewActivityAndKeepsTheId()
    {
        var update = Message("v2");
        update.Id = "activity-7";

        var response = await _client.UpdateActivityAsync(_teams.ServiceUrl, "a:alice", "activity-7", update, CancellationToken.None);

        response.Id.Should().Be("activity-7");
        var request = _teams.Requests.Single();
        request.Method.Should().Be("PUT");
        request.Path.Should().Be("/amer/v3/conversations/a:alice/activities/activity-7");
        JsonNode.Parse(request.Body)!["text"]!.GetValue<string>().Should().Be("v2");
    }

    [Fact]
    public async Task DeleteActivity_ExistingMessage_SendsDeleteWithoutBody()
    {
        await _client.DeleteActivityAsync(_teams.ServiceUrl, "a:alice", "activity-3", CancellationToken.None);

        var request = _teams.Requests.Single();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be("/amer/v3/conversations/a:alice/activities/activity-3");
        request.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task CreateConversation_TeamsOneToOne_PostsMembersTenantAndIsGroupFalse()
    {
        var created = await _client.CreateConversationAsync(_teams.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:bob" }],
            TenantId = "tenant-1",
        }, CancellationToken.None);

        created.Id.Should().Be("a:recreated-29:bob");
        var request = _teams.Requests.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/amer/v3/conversations");
        var body = JsonNode.Parse(request.Body)!;
        body["isGroup"]!.GetValue<bool>().Should().BeFalse();
        body["tenantId"]!.GetValue<string>().Should().Be("tenant-1");
        body["members"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).Should().Equal("29:bob");
    }

    [Fact]
    public async Task GetConversationMember_KnownMember_ReturnsTheTeamsAccount()
    {
        var member = await _client.GetConversationMemberAsync(_teams.ServiceUrl, "a:alice", "29:alice", CancellationToken.None);

        member.Id.Should().Be("29:alice");
        member.AadObjectId.Should().Be("alice");
        member.UserPrincipalName.Should().Be("alice@contoso.example");
        var request = _teams.Requests.Single();
        request.Method.Should().Be("GET");
        request.RawTarget.Should().Be("/amer/v3/conversations/a%3Aalice/members/29%3Aalice");
    }

    [Fact]
    public async Task EveryOperation_TokenProviderEnabled_CarriesTheBearerToken()
    {
        await RunEveryOperationAsync(_client, _teams.ServiceUrl);

        var token = _tokens.SingleIssuedToken;
        _teams.Requests.Should().HaveCount(6).And.OnlyContain(r => r.Authorization == "Bearer " + token);
    }

    [Fact]
    public async Task EveryOperation_TokenProviderDisabled_SendsNoAuthorizationHeader()
    {
        // The host's path with authentication off: an empty MicrosoftAppId, and the same MSAL provider (disabled).
        await using var services = ConnectorServices.Create(new Dictionary<string, string?>
        {
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
            ["MicrosoftAppId"] = "",
        }, _tokens);
        services.GetRequiredService<IAccessTokenProvider>().Should().BeOfType<MsalAccessTokenProvider>().Which.IsEnabled.Should().BeFalse();

        await RunEveryOperationAsync(services.GetRequiredService<IConnectorClient>(), _teams.ServiceUrl);

        _teams.Requests.Should().HaveCount(6).And.OnlyContain(r => r.Authorization == string.Empty);
        _tokens.Issuer.TokenRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryOperation_UntrustedServiceUrl_RefusedBeforeAnyTokenOrRequest()
    {
        await using var other = await FakeConnectorServer.StartAsync(pathBase: "/emea");
        var attempts = new Func<Task>[]
        {
            () => _client.SendToConversationAsync(other.ServiceUrl, "a:alice", Message("x"), CancellationToken.None),
            () => _client.ReplyToActivityAsync(other.ServiceUrl, "a:alice", "1", Message("x"), CancellationToken.None),
            () => _client.UpdateActivityAsync(other.ServiceUrl, "a:alice", "1", Message("x"), CancellationToken.None),
            () => _client.DeleteActivityAsync(other.ServiceUrl, "a:alice", "1", CancellationToken.None),
            () => _client.CreateConversationAsync(other.ServiceUrl, new ConversationParameters { Members = [new ChannelAccount { Id = "29:a" }] }, CancellationToken.None),
            () => _client.GetConversationMemberAsync(other.ServiceUrl, "a:alice", "29:alice", CancellationToken.None),
        };

        foreach (var attempt in attempts)
        {
            var refused = await attempt.Should().ThrowAsync<UntrustedServiceUrlException>();
            refused.Which.ErrorCode.Should().Be(UntrustedServiceUrlException.Code);
        }

        other.Requests.Should().BeEmpty();
        _teams.Requests.Should().BeEmpty();
        _tokens.Issuer.TokenRequests.Should().BeEmpty("no token is even fetched for an untrusted host");
    }

    [Fact]
    public async Task SendToConversation_UntrustedUrlWithCredentials_RefusalDoesNotRepeatThem()
    {
        var refused = await _client.Invoking(c => c.SendToConversationAsync("https://user:hunter2@evil.example/amer/?sig=abc", "a:alice", Message("x"), CancellationToken.None))
            .Should().ThrowAsync<UntrustedServiceUrlException>();

        refused.Which.Message.Should().Contain("https://evil.example/amer/").And.NotContain("hunter2").And.NotContain("sig=abc");
        refused.Which.ServiceUrl.Should().Be("https://evil.example/amer/");
    }

    [Fact]
    public async Task SendToConversation_TrustedUrlWithQuery_KeepsThePathAndDropsTheQuery()
    {
        await _client.SendToConversationAsync(_teams.ServiceUrl.TrimEnd('/') + "?x=1", "a:alice", Message("hi"), CancellationToken.None);

        _teams.Requests.Single().RawTarget.Should().Be("/amer/v3/conversations/a%3Aalice/activities");
    }

    [Fact]
    public async Task SendToConversation_SameHostOtherRegionNotLearned_IsRefused()
    {
        var otherRegion = _teams.ServiceUrl.Replace("/amer/", "/emea/", StringComparison.Ordinal);

        await _client.Invoking(c => c.SendToConversationAsync(otherRegion, "a:alice", Message("x"), CancellationToken.None))
            .Should().ThrowAsync<UntrustedServiceUrlException>();

        _teams.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task SendToConversation_ServiceUrlLearnedFromAnAuthenticatedActivity_IsSent()
    {
        await using var learned = await FakeConnectorServer.StartAsync(pathBase: "/emea");
        _services.GetRequiredService<IServiceUrlTrust>().Trust(learned.ServiceUrl);

        await _client.SendToConversationAsync(learned.ServiceUrl, "a:alice", Message("x"), CancellationToken.None);

        learned.Requests.Single().Authorization.Should().Be("Bearer " + _tokens.SingleIssuedToken);
    }

    [Fact]
    public async Task EveryOperation_TraceLoggingAndFailures_NeverLogsTheToken()
    {
        using var logs = new CapturingLoggerProvider();
        await using var services = ConnectorServices.Create(new Dictionary<string, string?>
        {
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
            ["Bot:Connector:BaseDelayMilliseconds"] = "1",
        }, _tokens, logs: logs);
        var client = services.GetRequiredService<IConnectorClient>();
        _teams.FailNext("a:alice", System.Net.HttpStatusCode.ServiceUnavailable);
        _teams.FailNext("a:bob", System.Net.HttpStatusCode.BadRequest, errorCode: "BadArgument");

        await RunEveryOperationAsync(client, _teams.ServiceUrl);
        await client.Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:bob", Message("x"), CancellationToken.None)).Should().ThrowAsync<ConnectorException>();

        var token = _tokens.SingleIssuedToken;
        _teams.Requests.Should().Contain(r => r.Authorization == "Bearer " + token);
        logs.Lines.Should().Contain(l => l.Contains("503", StringComparison.Ordinal), "the retry was logged");
        logs.Lines.Should().Contain(l => l.Contains("answered 201", StringComparison.Ordinal), "each call was logged at trace level");
        // Only the connector's client: the token client keeps the factory's logging (header values redacted, no body).
        logs.Lines.Should().NotContain(l => l.Contains("System.Net.Http.HttpClient." + ConnectorClient.HttpClientName, StringComparison.Ordinal), "the factory's request logging (headers included) is off for the connector");
        logs.Lines.Should().Contain(l => l.Contains("System.Net.Http.HttpClient." + AuthenticationConstants.TokenHttpClient, StringComparison.Ordinal), "the token came from the issuer over HTTP, in this log too");
        logs.Lines.Should().NotContain(l => l.Contains(token, StringComparison.Ordinal));
    }

    private static async Task RunEveryOperationAsync(IConnectorClient client, string serviceUrl)
    {
        var sent = await client.SendToConversationAsync(serviceUrl, "a:alice", Message("1"), CancellationToken.None);
        await client.ReplyToActivityAsync(serviceUrl, "a:alice", sent.Id!, Message("2"), CancellationToken.None);
        await client.UpdateActivityAsync(serviceUrl, "a:alice", sent.Id!, Message("3"), CancellationToken.None);
        await client.DeleteActivityAsync(serviceUrl, "a:alice", sent.Id!, CancellationToken.None);
        await client.CreateConversationAsync(serviceUrl, new ConversationParameters { IsGroup = false, TenantId = "tenant-1", Members = [new ChannelAccount { Id = "29:alice" }] }, CancellationToken.None);
        await client.GetConversationMemberAsync(serviceUrl, "a:alice", "29:alice", CancellationToken.None);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
