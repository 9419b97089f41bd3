using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>Retries and failures of the registered connector client against the fake Teams connector over real HTTP.</summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private const int MaxRetries = 2;
    private FakeConnectorServer _teams = null!;
    private OutboundTokens _tokens = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnectorServer.StartAsync(pathBase: "/amer");
        _tokens = await OutboundTokens.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsExactlyThatLongOnTheClockThenDelivers()
    {
        var time = new ManualTimeProvider();
        var start = time.GetUtcNow();
        await using var services = Create(time);
        _teams.FailNext("a:alice", HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(2));

        var send = Client(services).SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message(), CancellationToken.None);
        await time.WaitForTimerAsync(due => due == start + TimeSpan.FromSeconds(2));

        _teams.Requests.Should().ContainSingle("nothing is resent before Retry-After has passed");
        send.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromSeconds(2));
        var response = await send;

        response.Id.Should().NotBeNullOrEmpty();
        _teams.Requests.Select(r => r.StatusCode).Should().Equal(429, 200);
        _teams.Requests.Select(r => r.Body).Distinct().Should().ContainSingle("the retry re-sends the same buffered body");
        _teams.PostedMessageCount.Should().Be(1);
    }

    [Fact]
    public async Task Send_503OnEveryAttempt_GivesUpAfterMaxRetriesWith503()
    {
        await using var services = Create();
        _teams.FailNext("a:gina", HttpStatusCode.ServiceUnavailable, times: MaxRetries + 1);

        var failure = await Client(services).Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:gina", Message(), CancellationToken.None))
            .Should().ThrowAsync<ConnectorException>();

        failure.Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        failure.Which.ErrorCode.Should().Be("Error");
        _teams.Requests.Should().HaveCount(MaxRetries + 1).And.OnlyContain(r => r.StatusCode == 503);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task Update_TransientStatusOnce_RetriedAndSucceeds(HttpStatusCode status)
    {
        await using var services = Create();
        _teams.FailNext("a:alice", status);

        var response = await Client(services).UpdateActivityAsync(_teams.ServiceUrl, "a:alice", "activity-1", Message(), CancellationToken.None);

        response.Id.Should().Be("activity-1");
        _teams.Requests.Select(r => r.StatusCode).Should().Equal((int)status, 200);
    }

    [Fact]
    public async Task Send_PersonBlockedTheBot_403NotRetriedAndCodeParsed()
    {
        await using var services = Create();
        _teams.Block("a:alice");

        var failure = await Client(services).Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message(), CancellationToken.None))
            .Should().ThrowAsync<ConnectorException>();

        failure.Which.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        failure.Which.ErrorCode.Should().Be("ConversationBlockedByUser");
        failure.Which.Message.Should().Contain("403").And.Contain("ConversationBlockedByUser");
        _teams.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Send_ConversationGone_404NotRetriedWithConversationNotFound()
    {
        await using var services = Create();
        _teams.Forget("a:bob");

        var failure = await Client(services).Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:bob", Message(), CancellationToken.None))
            .Should().ThrowAsync<ConnectorException>();

        failure.Which.StatusCode.Should().Be(HttpStatusCode.NotFound);
        failure.Which.ErrorCode.Should().Be("ConversationNotFound");
        _teams.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanTheCap_HandedBackWithRetryAfterInsteadOfRetryingEarly()
    {
        await using var services = Create(maxRetryDelaySeconds: 5);
        _teams.FailNext("a:alice", HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30), errorCode: "Throttled");

        var failure = await Client(services).Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message(), CancellationToken.None))
            .Should().ThrowAsync<ConnectorException>();

        failure.Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        failure.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        failure.Which.ErrorCode.Should().Be("Throttled");
        _teams.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Send_429UntilRetriesRunOut_ReportsTheLastRetryAfter()
    {
        await using var services = Create();
        _teams.FailNext("a:alice", HttpStatusCode.TooManyRequests, times: MaxRetries + 1, retryAfter: TimeSpan.FromSeconds(1));

        var failure = await Client(services).Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message(), CancellationToken.None))
            .Should().ThrowAsync<ConnectorException>();

        failure.Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        failure.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
        _teams.Requests.Should().HaveCount(MaxRetries + 1);
    }

    [Fact]
    public async Task Send_NoRetriesConfigured_FirstFailureSurfaces()
    {
        await using var services = Create(maxRetries: 0);
        _teams.FailNext("a:alice", HttpStatusCode.ServiceUnavailable);

        await Client(services).Invoking(c => c.SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message(), CancellationToken.None))
            .Should().ThrowAsync<ConnectorException>();

        _teams.Requests.Should().ContainSingle();
    }

    private ServiceProvider Create(TimeProvider? time = null, int maxRetries = MaxRetries, int maxRetryDelaySeconds = 10) =>
        ConnectorServices.Create(new Dictionary<string, string?>
        {
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
            ["Bot:Connector:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:Connector:BaseDelayMilliseconds"] = "1",
            ["Bot:Connector:MaxRetryDelaySeconds"] = maxRetryDelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, _tokens, time);

    private static IConnectorClient Client(ServiceProvider services) => services.GetRequiredService<IConnectorClient>();

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };
}
