using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Testing.Graph;

/// <summary>
/// A small Microsoft Graph on 127.0.0.1 for the real Graph SDK to talk to: users, managers (404 when none), group
/// transitive members paged through absolute @odata.nextLink, the user list with $filter (FakeGraphServer.UserList.cs),
/// throttling (429 + Retry-After) and outages (<see cref="FailRequests"/>), and the Teams app installation flow (409
/// when already installed), and Teams group chats (FakeGraphServer.Chats.cs). Every request is recorded with its
/// Authorization header; requests without a bearer token are refused like Graph does.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeGraphUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string[]> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _installations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _otherObjects = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _failRemaining;
    private int _failStatus;
    private int? _retryAfterSeconds;

    private FakeGraphServer(WebApplication app) => _app = app;

    /// <summary>The Graph base URL to configure, e.g. https://127.0.0.1:5123/v1.0.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Base URL written into @odata.nextLink; defaults to <see cref="BaseUrl"/>. Point it at another host to check
    /// that the client does not hand its token to whatever host a response names.
    /// </summary>
    public string? NextLinkBaseUrl { get; set; }

    /// <summary>Largest page of group members or users served, whatever $top asks for.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Delay before answering each request: keeps lookups in flight long enough to overlap.</summary>
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The clock <see cref="ResponseDelay"/> runs on: a manual clock holds every answer until the test moves it.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    public int RequestCount => _requests.Count;

    public static async Task<FakeGraphServer> StartAsync(X509Certificate2? httpsCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (httpsCertificate is not null)
            {
                listen.UseHttps(httpsCertificate);
            }
        }));
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        server.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = app.Urls.First().TrimEnd('/') + "/v1.0";
        return server;
    }

    public void AddUser(FakeGraphUser user) => _users[user.Id] = user;

    /// <summary>Adds a group; members are user ids or ids of nested groups.</summary>
    public void AddGroup(string groupId, params string[] memberIds) => _groups[groupId] = memberIds;

    /// <summary>
    /// Adds a directory object that is not a person (e.g. "#microsoft.graph.device", "#microsoft.graph.servicePrincipal"),
    /// to be a group member: Graph lists those among transitive members too.
    /// </summary>
    public void AddDirectoryObject(string id, string odataType) => _otherObjects[id] = odataType;

    /// <summary>The next <paramref name="count"/> requests get 429 Too Many Requests with this Retry-After.</summary>
    public void Throttle(int count, int retryAfterSeconds) => FailRequests(StatusCodes.Status429TooManyRequests, count, retryAfterSeconds);

    /// <summary>
    /// The next <paramref name="count"/> requests, whatever they ask, get <paramref name="status"/> (e.g. 503) with
    /// Graph's error shape, and Retry-After when given.
    /// </summary>
    public void FailRequests(int status, int count, int? retryAfterSeconds = null)
    {
        _failStatus = status;
        _retryAfterSeconds = retryAfterSeconds;
        Volatile.Write(ref _failRemaining, count);
    }

    /// <summary>Marks the app as already installed for the user (the next install attempt gets 409).</summary>
    public void MarkInstalled(string userId, string catalogAppId) => _installations[$"{userId}|{catalogAppId}"] = InstallationId(userId, catalogAppId);

    public bool IsInstalled(string userId, string catalogAppId) => _installations.ContainsKey($"{userId}|{catalogAppId}");

    /// <summary>The chat id the fake answers for a user's installation.</summary>
    public static string ChatIdFor(string userId) => $"19:{userId}_bot@unq.gbl.spaces";

    public void ClearRequests() => _requests.Clear();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync().ConfigureAwait(false);
            context.Request.Body.Position = 0;
            var authorization = context.Request.Headers.Authorization.ToString();
            _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
                authorization.Length == 0 ? null : authorization, body.Length == 0 ? null : body));
            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                await Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            if (Interlocked.Decrement(ref _failRemaining) >= 0)
            {
                if (_retryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await InjectedError(_failStatus).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, Time, context.RequestAborted).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        });

        var graph = app.MapGroup("/v1.0");
        graph.MapGet("/users", ListUsers);
        graph.MapGet("/users/{id}", (string id) => _users.TryGetValue(id, out var user) || TryFindByUpn(id, out user)
            ? Results.Json(UserJson(user!)) : UserNotFound(id));
        graph.MapGet("/users/{id}/manager", (string id) =>
            _users.TryGetValue(id, out var user) && user.ManagerId is { } managerId && _users.TryGetValue(managerId, out var manager)
                ? Results.Json(UserJson(manager))
                : Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource 'manager' does not exist or one of its queried reference-property objects are not present."));
        graph.MapGet("/groups/{id}/transitiveMembers", TransitiveMembers);
        graph.MapPost("/users/{id}/teamwork/installedApps", InstallAsync);
        graph.MapGet("/users/{id}/teamwork/installedApps", ListInstallations);
        graph.MapGet("/users/{id}/teamwork/installedApps/{installationId}/chat", (string id, string installationId) =>
            _installations.Values.Contains(installationId, StringComparer.Ordinal)
                ? Results.Json(new Dictionary<string, object?> { ["id"] = ChatIdFor(id), ["chatType"] = "oneOnOne" })
                : Error(StatusCodes.Status404NotFound, "NotFound", "Installation not found."));
        MapChats(graph);
        MapMailboxSettings(graph);
    }

    private IResult TransitiveMembers(string id, HttpRequest request)
    {
        if (!_groups.ContainsKey(id))
        {
            return Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");
        }

        var top = int.TryParse(request.Query["$top"], out var requested) ? Math.Min(requested, PageSize) : PageSize;
        var skip = int.TryParse(request.Query["$skiptoken"], out var offset) ? offset : 0;
        var all = Expand(id);
        var page = all.Skip(skip).Take(top).ToList();
        var body = new Dictionary<string, object?> { ["value"] = page };
        if (skip + top < all.Count)
        {
            // Absolute, like Graph's: the client must follow it as-is, host included.
            body["@odata.nextLink"] = $"{NextLinkBaseUrl ?? BaseUrl}/groups/{id}/transitiveMembers?$top={top}&$skiptoken={skip + top}";
        }

        return Results.Json(body);
    }

    /// <summary>Members of nested groups, plus the nested groups and other objects themselves (Graph lists them too), each once.</summary>
    private List<Dictionary<string, object?>> Expand(string groupId)
    {
        var result = new List<Dictionary<string, object?>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([groupId]);
        while (pending.TryPop(out var current))
        {
            foreach (var member in _groups[current])
            {
                if (!seen.Add(member))
                {
                    continue;
                }

                if (_users.TryGetValue(member, out var user))
                {
                    result.Add(UserJson(user));
                }
                else if (_groups.ContainsKey(member))
                {
                    result.Add(new Dictionary<string, object?> { ["@odata.type"] = "#microsoft.graph.group", ["id"] = member });
                    pending.Push(member);
                }
                else if (_otherObjects.TryGetValue(member, out var odataType))
                {
                    result.Add(new Dictionary<string, object?> { ["@odata.type"] = odataType, ["id"] = member, ["displayName"] = member });
                }
            }
        }

        return result;
    }

    private async Task<IResult> InstallAsync(string id, HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        var bind = body.RootElement.TryGetProperty("teamsApp@odata.bind", out var value) ? value.GetString() : null;
        if (bind is null || !_users.ContainsKey(id))
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "teamsApp@odata.bind is required.");
        }

        var catalogId = Uri.UnescapeDataString(bind[(bind.LastIndexOf('/') + 1)..]);
        return _installations.TryAdd($"{id}|{catalogId}", InstallationId(id, catalogId))
            ? Results.StatusCode(StatusCodes.Status201Created)
            : Error(StatusCodes.Status409Conflict, "Conflict", "App is already installed for this user.");
    }

    private IResult ListInstallations(string id, HttpRequest request)
    {
        var match = FilterByAppId().Match(request.Query["$filter"].ToString());
        var catalogId = match.Success ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;
        var value = _installations
            .Where(i => i.Key.StartsWith(id + "|", StringComparison.OrdinalIgnoreCase))
            .Select(i => (CatalogId: i.Key[(id.Length + 1)..], InstallationId: i.Value))
            .Where(i => catalogId is null || i.CatalogId == catalogId)
            .Select(i => new Dictionary<string, object?> { ["id"] = i.InstallationId, ["teamsApp"] = new Dictionary<string, object?> { ["id"] = i.CatalogId } })
            .ToList();
        return Results.Json(new Dictionary<string, object?> { ["value"] = value });
    }

    private bool TryFindByUpn(string upn, out FakeGraphUser? user)
    {
        user = _users.Values.FirstOrDefault(u => string.Equals(u.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase));
        return user is not null;
    }

    private static string InstallationId(string userId, string catalogAppId) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{userId}##{catalogAppId}"));

    private static Dictionary<string, object?> UserJson(FakeGraphUser user) => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = user.Id,
        ["userPrincipalName"] = user.UserPrincipalName,
        ["displayName"] = user.DisplayName,
        ["jobTitle"] = user.JobTitle,
        ["department"] = user.Department,
        ["mail"] = user.UserPrincipalName,
    };

    private static IResult UserNotFound(string id) =>
        Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");

    private static IResult InjectedError(int status) => status switch
    {
        StatusCodes.Status429TooManyRequests => Error(status, "TooManyRequests", "Too many requests."),
        StatusCodes.Status503ServiceUnavailable => Error(status, "ServiceUnavailable", "The service is temporarily unavailable."),
        _ => Error(status, "InjectedFailure", $"Injected failure with status {status}."),
    };

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new Dictionary<string, object> { ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message } }, statusCode: status);

    [GeneratedRegex(@"teamsApp/id eq '((?:[^']|'')*)'")]
    private static partial Regex FilterByAppId();
}
