using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Connector;
using SecurityBot.Testing.Time;

namespace SecurityBot.UnitTests.Connector;

/// <summary>The retry policy on a clock the test moves; the scripted network answers each attempt.</summary>
public sealed class ConnectorRetryHandlerTests
{
    private const int TimeoutSeconds = 300;
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task Send_RetryAfterAsDate_WaitsUntilThatInstant()
    {
        var retryAt = _time.GetUtcNow() + TimeSpan.FromSeconds(3);
        var network = new ScriptedHandler((attempt, _) => Task.FromResult(attempt == 0 ? RetryAfterDate(retryAt) : new HttpResponseMessage(HttpStatusCode.OK)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 1 });

        var send = client.SendAsync(Get(), CancellationToken.None);
        await _time.WaitForTimerAsync(due => due == retryAt);

        network.Calls.Should().Be(1);
        _time.Advance(TimeSpan.FromSeconds(3));
        (await SettledAsync(send)).StatusCode.Should().Be(HttpStatusCode.OK);
        network.Calls.Should().Be(2);
    }

    [Fact]
    public async Task Send_NoRetryAfter_BacksOffExponentiallyWithJitterThenHandsBackTheLastAnswer()
    {
        var network = new ScriptedHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 3, BaseDelayMilliseconds = 1000, MaxRetryDelaySeconds = 60 });

        var send = client.SendAsync(Get(), CancellationToken.None);
        for (var retry = 0; retry < 3; retry++)
        {
            var ceiling = TimeSpan.FromMilliseconds(1000 * Math.Pow(2, retry));
            var now = _time.GetUtcNow();
            var due = await _time.WaitForTimerAsync(d => d > now && d - now <= ceiling);
            (due - now).Should().BeGreaterThanOrEqualTo(ceiling / 2, "jitter takes at most half the backoff away");
            _time.Advance(due - now);
        }

        (await SettledAsync(send)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        network.Calls.Should().Be(4);
    }

    [Fact]
    public async Task Send_BackoffBeyondTheCap_WaitsNoLongerThanMaxRetryDelay()
    {
        var network = new ScriptedHandler((attempt, _) => Task.FromResult(new HttpResponseMessage(attempt == 0 ? HttpStatusCode.BadGateway : HttpStatusCode.OK)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 1, BaseDelayMilliseconds = 60_000, MaxRetryDelaySeconds = 2 });

        var send = client.SendAsync(Get(), CancellationToken.None);
        var now = _time.GetUtcNow();
        var due = await _time.WaitForTimerAsync(d => d - now < TimeSpan.FromSeconds(TimeoutSeconds));

        (due - now).Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(2));
        (await SettledAsync(send)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Send_PostTimesOut_NotRetriedBecauseTeamsMayHaveTheMessage()
    {
        var network = new ScriptedHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = Client(network, new ConnectorOptions { MaxRetries = 3, TimeoutSeconds = 5 });

        var send = client.SendAsync(Post("{\"text\":\"hi\"}"), CancellationToken.None);
        await _time.WaitForTimerAsync(d => d == _time.GetUtcNow() + TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));

        await SettledAsync(send).Invoking(s => s).Should().ThrowAsync<TimeoutException>();
        network.Calls.Should().Be(1);
    }

    [Fact]
    public async Task Send_GetTimesOutOnce_RetriedAndSucceeds()
    {
        var network = new ScriptedHandler(async (attempt, ct) =>
        {
            if (attempt == 0)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var client = Client(network, new ConnectorOptions { MaxRetries = 1, TimeoutSeconds = 5, BaseDelayMilliseconds = 100 });

        var send = client.SendAsync(Get(), CancellationToken.None);
        await _time.WaitForTimerAsync(d => d == _time.GetUtcNow() + TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));
        var now = _time.GetUtcNow();
        await _time.WaitForTimerAsync(d => d > now && d <= now + TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromMilliseconds(100));

        (await SettledAsync(send)).StatusCode.Should().Be(HttpStatusCode.OK);
        network.Calls.Should().Be(2);
    }

    [Fact]
    public async Task Send_PostConnectionRefused_RetriedBecauseNothingWasSent()
    {
        var network = new ScriptedHandler((attempt, _) => attempt == 0
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 1, BaseDelayMilliseconds = 100 });

        var send = client.SendAsync(Post("{}"), CancellationToken.None);
        await _time.WaitForTimerAsync(d => d <= _time.GetUtcNow() + TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromMilliseconds(100));

        (await SettledAsync(send)).StatusCode.Should().Be(HttpStatusCode.OK);
        network.Calls.Should().Be(2);
    }

    [Fact]
    public async Task Send_PostConnectionDroppedMidResponse_NotRetried()
    {
        var network = new ScriptedHandler((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 3 });

        await client.Invoking(c => c.SendAsync(Post("{}"), CancellationToken.None)).Should().ThrowAsync<HttpRequestException>();

        network.Calls.Should().Be(1);
    }

    [Fact]
    public async Task Send_ForwardOnlyContent_ResentIdenticallyOnRetry()
    {
        var network = new ScriptedHandler((attempt, _) => Task.FromResult(new HttpResponseMessage(attempt == 0 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 1, BaseDelayMilliseconds = 100 });
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.trafficmanager.net/amer/v3/conversations/a/activities")
        {
            Content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes("{\"text\":\"once\"}"))),
        };

        var send = client.SendAsync(request, CancellationToken.None);
        await _time.WaitForTimerAsync(d => d <= _time.GetUtcNow() + TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromMilliseconds(100));

        (await SettledAsync(send)).StatusCode.Should().Be(HttpStatusCode.OK);
        network.Bodies.Should().Equal("{\"text\":\"once\"}", "{\"text\":\"once\"}");
    }

    [Fact]
    public async Task Send_RetriesSuppressedByTheCaller_OneAttemptThenTheAnswer()
    {
        var network = new ScriptedHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.TooManyRequests)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 3 });

        HttpResponseMessage response;
        using (ConnectorRetries.Suppress())
        {
            response = await SettledAsync(client.SendAsync(Get(), CancellationToken.None));
        }

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        network.Calls.Should().Be(1);
        ConnectorRetries.AreSuppressed.Should().BeFalse("the scope ends with its using block");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Send_NonRetryableStatus_ReturnedAfterOneAttempt(HttpStatusCode status)
    {
        var network = new ScriptedHandler((_, _) => Task.FromResult(new HttpResponseMessage(status)));
        using var client = Client(network, new ConnectorOptions { MaxRetries = 3 });

        (await client.SendAsync(Get(), CancellationToken.None)).StatusCode.Should().Be(status);

        network.Calls.Should().Be(1);
    }

    private HttpMessageInvoker Client(ScriptedHandler network, ConnectorOptions connector)
    {
        var options = new BotOptions();
        options.Connector.MaxRetries = connector.MaxRetries;
        options.Connector.BaseDelayMilliseconds = connector.BaseDelayMilliseconds;
        options.Connector.MaxRetryDelaySeconds = connector.MaxRetryDelaySeconds;
        options.Connector.TimeoutSeconds = connector.TimeoutSeconds == new ConnectorOptions().TimeoutSeconds ? TimeoutSeconds : connector.TimeoutSeconds;
        return new HttpMessageInvoker(new ConnectorRetryHandler(Options.Create(options), _time, NullLogger<ConnectorRetryHandler>.Instance) { InnerHandler = network });
    }

    /// <summary>The send must finish without the clock moving further; a hang (e.g. a retry nobody expected) fails the test instead of blocking it.</summary>
    private static async Task<T> SettledAsync<T>(Task<T> send)
    {
        var first = await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(30)));
        first.Should().BeSameAs(send, "the handler should not be waiting for anything more");
        return await send;
    }

    private static HttpResponseMessage RetryAfterDate(DateTimeOffset at)
    {
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(at);
        return response;
    }

    private static HttpRequestMessage Get() => new(HttpMethod.Get, "https://smba.trafficmanager.net/amer/v3/conversations/a/members/b");

    private static HttpRequestMessage Post(string json) => new(HttpMethod.Post, "https://smba.trafficmanager.net/amer/v3/conversations/a/activities")
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
