using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Testing.Graph;

/// <summary>
/// A local HTTPS stand-in for the Entra ID token endpoint (POST /{tenant}/oauth2/v2.0/token, client credentials):
/// checks the client id and secret and hands out opaque bearer tokens, recording every request.
/// </summary>
public sealed class FakeEntraTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _issued;

    private FakeEntraTokenEndpoint(WebApplication app) => _app = app;

    public string TenantId { get; private init; } = "";

    public string ClientId { get; private init; } = "";

    public string ClientSecret { get; private init; } = "";

    /// <summary>The authority host to configure, e.g. https://127.0.0.1:5123/.</summary>
    public string AuthorityHost { get; private set; } = "";

    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    /// <summary>Every token handed out, in order.</summary>
    public ConcurrentQueue<string> IssuedTokens { get; } = new();

    public static async Task<FakeEntraTokenEndpoint> StartAsync(X509Certificate2 certificate, string tenantId, string clientId, string clientSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var endpoint = new FakeEntraTokenEndpoint(app) { TenantId = tenantId, ClientId = clientId, ClientSecret = clientSecret };
        app.MapPost("/{tenant}/oauth2/v2.0/token", endpoint.IssueAsync);
        app.MapFallback(context =>
        {
            endpoint._requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, null, null));
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync().ConfigureAwait(false);
        endpoint.AuthorityHost = new Uri(app.Urls.First()).GetLeftPart(UriPartial.Authority) + "/";
        return endpoint;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync().ConfigureAwait(false);
        _requests.Enqueue(new RecordedRequest("POST", request.Path + request.QueryString, null,
            $"grant_type={form["grant_type"]}&client_id={form["client_id"]}&scope={form["scope"]}"));
        if (tenant != TenantId || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Results.Json(new Dictionary<string, object> { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." },
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var token = $"fake-graph-token-{Interlocked.Increment(ref _issued)}-{Guid.NewGuid():N}";
        IssuedTokens.Enqueue(token);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        });
    }
}
