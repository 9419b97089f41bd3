using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.BotFramework.Logging;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector v3 REST client. The serviceUrl is used as received, path included
/// (https://smba.trafficmanager.net/amer/ + v3/...), and must be trusted before anything is sent; the bearer token
/// comes from <see cref="IAccessTokenProvider"/> when outbound authentication is on. Retries live in
/// <see cref="ConnectorRetryHandler"/>; what is left after them becomes a <see cref="ConnectorException"/>.
/// Transport failures (HttpRequestException, TimeoutException) pass through unchanged: they are not answers.
/// </summary>
public sealed partial class ConnectorClient(HttpClient http, IServiceUrlTrust trust, IAccessTokenProvider tokens, TimeProvider time, ILogger<ConnectorClient> logger)
    : IConnectorClient
{
    /// <summary>Name of the IHttpClientFactory client (handlers, timeouts).</summary>
    public const string HttpClientName = "BotFramework.Connector";

    // Error bodies are read for their code only; a hostile or broken server cannot make us buffer more.
    private const int MaxErrorBodyChars = 8192;

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities", activity, ct)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ActivityPath(conversationId, activityId), activity, ct)
            ?? new ResourceResponse();
    }

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // An update keeps its id; some connectors answer with an empty body.
        return await SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, ActivityPath(conversationId, activityId), activity, ct)
            ?? new ResourceResponse { Id = activityId };
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        SendAsync<JsonElement?>(HttpMethod.Delete, serviceUrl, ActivityPath(conversationId, activityId), null, ct);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var created = await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct);
        return created?.Id is null
            ? throw new ConnectorException(HttpStatusCode.BadGateway, "The connector created a conversation but returned no conversation id.")
            : created;
    }

    public async Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct) =>
        await SendAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Segment(conversationId)}/members/{Segment(memberId)}", null, ct)
        ?? throw new ConnectorException(HttpStatusCode.BadGateway, "The connector returned an empty member.");

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string relativePath, object? body, CancellationToken ct)
    {
        // Trust is checked before a token is even requested: nothing leaves for an untrusted host.
        var baseUri = TrustedBase(serviceUrl);
        var content = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options);
        var token = tokens.IsEnabled ? await tokens.GetAccessTokenAsync(ct) : null;
        var response = await SendOnceAsync(method, baseUri, relativePath, content, token, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
        {
            // The connector refused our token (revoked, rotated credential, a cached token gone stale): one more try
            // with a fresh one. A second 401 is real and surfaces as a ConnectorException.
            response.Dispose();
            LogRetryWithFreshToken(logger, method, baseUri.Host);
            token = await tokens.RefreshAccessTokenAsync(token, ct);
            response = await SendOnceAsync(method, baseUri, relativePath, content, token, ct);
        }

        using var answer = response;
        if (!answer.IsSuccessStatusCode)
        {
            throw await FailureAsync(method, baseUri, answer, ct);
        }

        var bytes = await answer.Content.ReadAsByteArrayAsync(ct);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, BotJson.Options);
        }
        catch (JsonException ex)
        {
            // The call succeeded (for a send, Teams has the message): an unreadable body must not turn into a resend.
            LogUnreadableBody(logger, method, baseUri.Host, ex.Message);
            return default;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri baseUri, string relativePath, byte[]? content, string? token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, relativePath));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (content is not null)
        {
            request.Content = new ByteArrayContent(content);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var started = time.GetTimestamp();
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        LogCall(logger, method, baseUri.Host, (int)response.StatusCode, time.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    private Uri TrustedBase(string serviceUrl)
    {
        if (!ServiceUrl.TryParse(serviceUrl, out var parsed) || !trust.IsTrusted(parsed))
        {
            var refused = new UntrustedServiceUrlException(serviceUrl ?? string.Empty);
            LogUntrusted(logger);
            LogUntrustedValue(logger, UntrustedLogValue.Of(refused.ServiceUrl));
            throw refused;
        }

        // The normalised base (trailing slash, no query): joined with a relative path it keeps its last segment (/amer).
        return parsed.BaseUri;
    }

    private async Task<ConnectorException> FailureAsync(HttpMethod method, Uri baseUri, HttpResponseMessage response, CancellationToken ct)
    {
        var (code, message) = await ReadErrorAsync(response, ct);
        var retryAfter = ConnectorRetryHandler.RetryAfter(response, time);
        var status = (int)response.StatusCode;
        var text = $"The connector at {baseUri.Host} answered {status} {response.ReasonPhrase} to {method}"
            + (code is null ? string.Empty : $" ({code}{(message is null ? string.Empty : ": " + message)})");
        return new ConnectorException(response.StatusCode, text, retryAfter, code);
    }

    /// <summary>The Bot Framework error body: {"error":{"code":"...","message":"..."}}; anything else yields no code.</summary>
    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (text.Length is 0 or > MaxErrorBodyChars)
            {
                return (null, null);
            }

            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return (StringProperty(error, "code"), StringProperty(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a gateway's HTML page): the status alone must do.
        }

        return (null, null);
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}";

    /// <summary>Ids become one escaped path segment (Teams ids hold ':', '@', ';'); dot segments would climb the path.</summary>
    private static string Segment(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id is "." or "..")
        {
            throw new ArgumentException($"'{id}' is not a valid conversation or activity id.", nameof(id));
        }

        return Uri.EscapeDataString(id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Method} to {Host} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogCall(ILogger logger, HttpMethod method, string host, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} to {Host} answered 401; retrying once with a fresh token")]
    private static partial void LogRetryWithFreshToken(ILogger logger, HttpMethod method, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a connector call to an untrusted serviceUrl (not a Bot Framework host, not in Bot:TrustedServiceUrls); nothing was sent")]
    private static partial void LogUntrusted(ILogger logger);

    // A stored serviceUrl may have been planted: its value goes to Debug only.
    [LoggerMessage(Level = LogLevel.Debug, Message = "The untrusted serviceUrl was {ServiceUrl}")]
    private static partial void LogUntrustedValue(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} to {Host} succeeded but its body was not readable JSON: {Error}")]
    private static partial void LogUnreadableBody(ILogger logger, HttpMethod method, string host, string error);
}
