using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Testing.FakeConnector;

/// <summary>
/// A local stand-in for the Bot Framework connector (Teams' serviceUrl) on 127.0.0.1 and a free port. Records every
/// request; can enforce the Teams rate limits, inject 429/403/404 and hold requests (to kill the bot mid-send).
/// It answers like Teams and nothing more: no de-duplication, so a double send shows as two messages.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ConnectorRequest> _requests = [];
    private readonly List<PostedActivity> _posted = [];
    private readonly Dictionary<string, Queue<(HttpStatusCode Status, TimeSpan? RetryAfter, string? ErrorCode)>> _scripted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);
    private readonly TeamsRateLimitCheck _limits = new();
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int? _holdAfter;
    private int _nextId;

    private FakeConnectorServer(WebApplication app) => _app = app;

    /// <summary>Base URL to use as serviceUrl (ends with '/').</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Answer 429 (Retry-After: 1 s) like Teams when a request breaks the Teams limits.</summary>
    public bool EnforceTeamsRateLimits { get; set; }

    /// <summary>Every n-th message POST gets a 429 with Retry-After (0 = never); simulates service-side throttling.</summary>
    public int Inject429Every { get; set; }

    public TimeSpan InjectedRetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Completed when the hold set by <see cref="HoldAfter"/> starts holding requests.</summary>
    public Task Holding => _holdingSource.Task;

    private TaskCompletionSource _holdingSource = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the fake; <paramref name="pathBase"/> (e.g. "/amer") serves it under a path like Teams' regional serviceUrls, and nothing outside it.</summary>
    public static async Task<FakeConnectorServer> StartAsync(string? pathBase = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeConnectorServer(app);
        var prefix = string.IsNullOrEmpty(pathBase) ? string.Empty : "/" + pathBase.Trim('/');
        var routes = app.MapGroup(prefix);
        routes.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext c, string conversationId) => server.PostAsync(c, conversationId, null));
        routes.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) => server.PostAsync(c, conversationId, activityId));
        routes.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) => server.PutAsync(c, conversationId, activityId));
        routes.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) => server.DeleteAsync(c, conversationId, activityId));
        routes.MapPost("/v3/conversations", (Delegate)((HttpContext c) => server.CreateConversationAsync(c)));
        routes.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (HttpContext c, string conversationId, string memberId) => server.GetMemberAsync(c, conversationId, memberId));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = address.TrimEnd('/') + prefix + "/";
        return server;
    }

    public IReadOnlyList<ConnectorRequest> Requests { get { lock (_gate) { return [.. _requests]; } } }

    /// <summary>Messages and updates answered with 2xx, in order.</summary>
    public IReadOnlyList<PostedActivity> Posted { get { lock (_gate) { return [.. _posted]; } } }

    public int PostedMessageCount { get { lock (_gate) { return _posted.Count(p => !p.IsUpdate); } } }

    /// <summary>The next <paramref name="times"/> requests to this conversation get <paramref name="status"/>.</summary>
    public void FailNext(string conversationId, HttpStatusCode status, int times = 1, TimeSpan? retryAfter = null, string? errorCode = null)
    {
        lock (_gate)
        {
            if (!_scripted.TryGetValue(conversationId, out var queue))
            {
                _scripted[conversationId] = queue = new Queue<(HttpStatusCode, TimeSpan?, string?)>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((status, retryAfter, errorCode));
            }
        }
    }

    /// <summary>The person blocked the bot: every request to this conversation gets 403.</summary>
    public void Block(string conversationId) { lock (_gate) { _blocked.Add(conversationId); } }

    /// <summary>The person allowed the bot again (e.g. reinstalled it).</summary>
    public void Unblock(string conversationId) { lock (_gate) { _blocked.Remove(conversationId); } }

    /// <summary>The conversation no longer exists: 404 ("ConversationNotFound").</summary>
    public void Forget(string conversationId) { lock (_gate) { _gone.Add(conversationId); } }

    /// <summary>Once <paramref name="acceptedMessages"/> messages were accepted, hold every further request unanswered.</summary>
    public void HoldAfter(int acceptedMessages)
    {
        lock (_gate)
        {
            _holdAfter = acceptedMessages;
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _holdingSource = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Stops holding; held requests are answered 503 and not recorded as posted (they never reached "Teams").</summary>
    public void ReleaseHeld()
    {
        lock (_gate)
        {
            _holdAfter = null;
            _release.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseHeld();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> PostAsync(HttpContext context, string conversationId, string? replyToId)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        if (await HoldIfNeededAsync())
        {
            return await RecordAsync(context, conversationId, replyToId, 503, body);
        }

        var failure = Decide(conversationId, countTowardInjection: true);
        if (failure is { } f)
        {
            return await RecordAsync(context, conversationId, replyToId, (int)f.Status, body, f.RetryAfter, f.ErrorCode);
        }

        string id;
        lock (_gate)
        {
            id = $"activity-{++_nextId}";
            _posted.Add(new PostedActivity(conversationId, id, body, IsUpdate: false, DateTimeOffset.UtcNow));
        }

        await RecordAsync(context, conversationId, replyToId, 200, body);
        return Results.Json(new { id });
    }

    private async Task<IResult> PutAsync(HttpContext context, string conversationId, string activityId)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        if (await HoldIfNeededAsync())
        {
            return await RecordAsync(context, conversationId, activityId, 503, body);
        }

        var failure = Decide(conversationId, countTowardInjection: false);
        if (failure is { } f)
        {
            return await RecordAsync(context, conversationId, activityId, (int)f.Status, body, f.RetryAfter, f.ErrorCode);
        }

        lock (_gate)
        {
            _posted.Add(new PostedActivity(conversationId, activityId, body, IsUpdate: true, DateTimeOffset.UtcNow));
        }

        await RecordAsync(context, conversationId, activityId, 200, body);
        return Results.Json(new { id = activityId });
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var member = JsonNode.Parse(body)?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
        var id = $"a:recreated-{member}";
        lock (_gate)
        {
            _gone.Remove(id);
        }

        await RecordAsync(context, null, null, 201, body);
        return Results.Json(new { id, activityId = (string?)null, serviceUrl = ServiceUrl }, statusCode: 201);
    }

    private async Task<IResult> DeleteAsync(HttpContext context, string conversationId, string activityId)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var failure = Decide(conversationId, countTowardInjection: false);
        return failure is { } f
            ? await RecordAsync(context, conversationId, activityId, (int)f.Status, body, f.RetryAfter, f.ErrorCode)
            : await RecordAsync(context, conversationId, activityId, 200, body);
    }

    private async Task<IResult> GetMemberAsync(HttpContext context, string conversationId, string memberId)
    {
        var failure = Decide(conversationId, countTowardInjection: false);
        if (failure is { } f)
        {
            return await RecordAsync(context, conversationId, null, (int)f.Status, string.Empty, f.RetryAfter, f.ErrorCode);
        }

        await RecordAsync(context, conversationId, null, 200, string.Empty);
        var aad = memberId.StartsWith("29:", StringComparison.Ordinal) ? memberId[3..] : memberId;
        return Results.Json(new { id = memberId, name = $"Member {aad}", aadObjectId = aad, email = $"{aad}@contoso.example", userPrincipalName = $"{aad}@contoso.example", tenantId = "tenant-1", userRole = "user" });
    }

    private (HttpStatusCode Status, TimeSpan? RetryAfter, string? ErrorCode)? Decide(string conversationId, bool countTowardInjection)
    {
        lock (_gate)
        {
            if (_blocked.Contains(conversationId))
            {
                return (HttpStatusCode.Forbidden, null, "ConversationBlockedByUser");
            }

            if (_gone.Contains(conversationId))
            {
                return (HttpStatusCode.NotFound, null, "ConversationNotFound");
            }

            if (_scripted.TryGetValue(conversationId, out var queue) && queue.Count > 0)
            {
                return queue.Dequeue();
            }

            if (countTowardInjection && Inject429Every > 0 && (_requests.Count + 1) % Inject429Every == 0)
            {
                return (HttpStatusCode.TooManyRequests, InjectedRetryAfter, null);
            }

            if (EnforceTeamsRateLimits && !_limits.TryAdmit(conversationId, DateTimeOffset.UtcNow))
            {
                return (HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1), null);
            }

            return null;
        }
    }

    private async Task<bool> HoldIfNeededAsync()
    {
        Task release;
        lock (_gate)
        {
            if (_holdAfter is not { } limit || _posted.Count(p => !p.IsUpdate) < limit)
            {
                return false;
            }

            release = _release.Task;
            _holdingSource.TrySetResult();
        }

        await release;
        return true;
    }

    private Task<IResult> RecordAsync(HttpContext context, string? conversationId, string? activityId, int status, string body, TimeSpan? retryAfter = null, string? errorCode = null)
    {
        lock (_gate)
        {
            _requests.Add(new ConnectorRequest(context.Request.Method, context.Request.Path, conversationId, activityId, body,
                context.Request.Headers.Authorization.ToString(), status, DateTimeOffset.UtcNow)
            {
                RawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path,
            });
        }

        if (retryAfter is { } ra)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(ra.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        IResult result = status >= 400
            ? Results.Json(new { error = new { code = errorCode ?? (status == 404 ? "ConversationNotFound" : "Error"), message = $"fake connector answered {status}" } }, statusCode: status)
            : Results.Json(new { }, statusCode: status);
        return Task.FromResult(result);
    }
}
