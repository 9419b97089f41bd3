using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// Retries connector calls the service asks to retry (429, 412, 502, 503, 504) and transport failures, at most
/// Bot:Connector:MaxRetries times. Retry-After (seconds or a date) is obeyed; without it the wait is exponential
/// from BaseDelayMilliseconds with jitter. No wait exceeds MaxRetryDelaySeconds: when Retry-After asks for longer,
/// the response is handed back (the caller, e.g. the outbox, reschedules durably) instead of retrying too early.
/// Each attempt has its own TimeoutSeconds. Waits run on the injected TimeProvider. Callers that persist their own
/// retries turn these off with <see cref="ConnectorRetries.Suppress"/>.
/// </summary>
public sealed partial class ConnectorRetryHandler(IOptions<BotOptions> options, TimeProvider time, ILogger<ConnectorRetryHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value.Connector;
        var maxRetries = ConnectorRetries.AreSuppressed ? 0 : o.MaxRetries;
        if (request.Content is not null and not ByteArrayContent)
        {
            // A retry sends the same content again; buffering makes any content type re-readable (bytes already are).
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        for (var retry = 0; ; retry++)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendAttemptAsync(request, TimeSpan.FromSeconds(o.TimeoutSeconds), cancellationToken);
            }
            catch (Exception ex) when (retry < maxRetries && IsRetryableFailure(ex, request.Method, cancellationToken))
            {
                var backoff = Backoff(retry, o);
                LogTransportRetry(logger, request.Method, request.RequestUri?.Host, ex.GetType().Name, backoff, retry + 1);
                await Task.Delay(backoff, time, cancellationToken);
                continue;
            }

            if (retry >= maxRetries || !IsRetryableStatus(response.StatusCode))
            {
                return response;
            }

            var delay = RetryAfter(response, time) is { } retryAfter ? retryAfter : Backoff(retry, o);
            if (delay > TimeSpan.FromSeconds(o.MaxRetryDelaySeconds))
            {
                LogRetryAfterTooLong(logger, request.Method, request.RequestUri?.Host, (int)response.StatusCode, delay);
                return response;
            }

            LogRetry(logger, request.Method, request.RequestUri?.Host, (int)response.StatusCode, delay, retry + 1);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>Statuses the Bot Framework connector uses for "try again": throttling, a precondition race, gateway trouble.</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The connector did not answer {request.Method} within {timeout.TotalSeconds:0} s.", ex);
        }
    }

    /// <summary>
    /// A timeout or a broken connection after the request went out may mean Teams already has the message, so a POST
    /// is retried only when the connection was never made; GET/PUT/DELETE are idempotent and always retried.
    /// </summary>
    private static bool IsRetryableFailure(Exception ex, HttpMethod method, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var idempotent = method != HttpMethod.Post && method != HttpMethod.Patch;
        return ex switch
        {
            TimeoutException => idempotent,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
            HttpRequestException => idempotent,
            _ => false,
        };
    }

    /// <summary>The wait the connector asked for (Retry-After as seconds or a date), never negative; null when it asked none.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static TimeSpan Backoff(int retry, ConnectorOptions o)
    {
        var cap = o.MaxRetryDelaySeconds * 1000.0;
        var exponential = Math.Min(cap, o.BaseDelayMilliseconds * Math.Pow(2, retry));
        // Jitter (50-100 %) spreads retries of a throttled burst so they do not collide again.
        return TimeSpan.FromMilliseconds(exponential * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} to {Host} answered {Status}; retry {Retry} in {Delay}")]
    private static partial void LogRetry(ILogger logger, HttpMethod method, string? host, int status, TimeSpan delay, int retry);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} to {Host} failed ({Failure}); retry {Retry} in {Delay}")]
    private static partial void LogTransportRetry(ILogger logger, HttpMethod method, string? host, string failure, TimeSpan delay, int retry);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} to {Host} answered {Status} with Retry-After {Delay}, longer than Bot:Connector:MaxRetryDelaySeconds; handing it back to the caller")]
    private static partial void LogRetryAfterTooLong(ILogger logger, HttpMethod method, string? host, int status, TimeSpan delay);
}
