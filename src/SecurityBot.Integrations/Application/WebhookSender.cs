using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SecurityBot.Integrations.Application;

/// <summary>
/// One signed POST of a stored delivery. The signature's timestamp is the attempt's, so a retry is signed afresh and
/// passes a receiver's replay window; the delivery id stays the same, so the receiver can drop a repeat.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string HttpClientName = "SecurityBot.Integrations.Webhooks";

    public async Task<WebhookAttempt> SendAsync(WebhookEndpointOptions endpoint, WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(delivery);
        var body = Encoding.UTF8.GetBytes(delivery.PayloadJson);
        var timestamp = WebhookSignature.Timestamp(time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(endpoint.Secret, timestamp, body));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString("D"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(endpoint.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new WebhookAttempt(WebhookAttemptOutcome.Delivered, status, null);
            }

            var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return new WebhookAttempt(transient ? WebhookAttemptOutcome.Retry : WebhookAttemptOutcome.Final, status,
                $"The endpoint answered {status}.", RetryAfter(response.Headers.RetryAfter));
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return new WebhookAttempt(WebhookAttemptOutcome.Retry, null, $"No answer within {endpoint.TimeoutSeconds} s.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookAttempt(WebhookAttemptOutcome.Retry, null, $"Connection failed: {ex.HttpRequestError}.");
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
}
