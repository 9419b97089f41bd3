using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SecurityBot.Testing.Graph;

namespace SecurityBot.Testing.Auth;

/// <summary>
/// A local HTTPS stand-in for both Bot Framework token issuers: the channel side (OpenID metadata + JWKS with
/// endorsements, and tokens minted with its RSA keys — see <see cref="ChannelTokens"/>) and the Entra side (an
/// OAuth2 client-credentials endpoint MSAL can use). Served on 127.0.0.1 with a throwaway self-signed certificate;
/// <see cref="CreateTrustingHandler"/> trusts exactly that certificate.
/// </summary>
public sealed class FakeTokenIssuer : IAsyncDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    /// <summary>An App Service style managed identity endpoint (IDENTITY_ENDPOINT), for UserAssignedMSI.</summary>
    public const string ManagedIdentityPath = "/msi/token";

    /// <summary>The secret App Service puts in IDENTITY_HEADER; requests without it are refused.</summary>
    public const string ManagedIdentityHeader = "fake-identity-header";

    private readonly WebApplication _app;
    private readonly Lock _keysGate = new();
    private readonly List<FakeSigningKey> _published = [];
    private readonly ConcurrentQueue<RecordedTokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<string> _otherRequests = new();
    private readonly ConcurrentQueue<string> _issuedTokens = new();
    private int _metadataRequests;
    private int _keysRequests;
    private int _issued;

    private FakeTokenIssuer(WebApplication app, X509Certificate2 certificate, TimeProvider clock)
    {
        _app = app;
        Certificate = certificate;
        ChannelTokens = new ChannelTokenFactory(clock);
        DefaultKey = PublishKey("key-1", "msteams");
    }

    /// <summary>The server's TLS certificate (self-signed, 127.0.0.1).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>e.g. https://127.0.0.1:5123 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The value for BotOpenIdMetadata.</summary>
    public string OpenIdMetadataUrl => BaseUrl + MetadataPath;

    /// <summary>The value for ToChannelFromBotLoginUrl (tenant botframework.com).</summary>
    public string LoginUrl => BaseUrl + "/botframework.com";

    /// <summary>The first published key, endorsed for msteams.</summary>
    public FakeSigningKey DefaultKey { get; }

    public ChannelTokenFactory ChannelTokens { get; }

    /// <summary>Client id the token endpoint accepts.</summary>
    public string ClientId { get; set; } = "00000000-0000-0000-0000-0000000000b0";

    /// <summary>Secret the token endpoint accepts for <see cref="ClientId"/>.</summary>
    public string ClientSecret { get; set; } = "fake-secret";

    /// <summary>Certificate whose signed client assertions the token endpoint accepts (public part is enough).</summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>While true, the metadata and key endpoints answer 503 (an issuer outage).</summary>
    public bool Unavailable { get; set; }

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeysRequests => Volatile.Read(ref _keysRequests);

    public IReadOnlyCollection<RecordedTokenRequest> TokenRequests => _tokenRequests;

    /// <summary>Every access token granted, in order: what a test expects to see as a bearer (and never in a log).</summary>
    public IReadOnlyCollection<string> IssuedTokens => _issuedTokens;

    /// <summary>Requests no endpoint served (answered 404): shows what MSAL asked for that the fake lacks.</summary>
    public IReadOnlyCollection<string> OtherRequests => _otherRequests;

    public static async Task<FakeTokenIssuer> StartAsync(TimeProvider? clock = null)
    {
        var certificate = LoopbackCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var issuer = new FakeTokenIssuer(app, certificate, clock ?? TimeProvider.System);
        issuer.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        issuer.BaseUrl = app.Urls.First().TrimEnd('/');
        return issuer;
    }

    /// <summary>Adds a key to the JWKS (a key rollover when done after start).</summary>
    public FakeSigningKey PublishKey(string keyId, params string[] endorsements)
    {
        var key = new FakeSigningKey(keyId, endorsements);
        lock (_keysGate)
        {
            _published.Add(key);
        }

        return key;
    }

    /// <summary>Removes a key from the JWKS (the issuer retired or revoked it).</summary>
    public void Withdraw(FakeSigningKey key)
    {
        lock (_keysGate)
        {
            _published.Remove(key);
        }
    }

    /// <summary>A key the issuer does not publish.</summary>
    public static FakeSigningKey CreateUnpublishedKey(string keyId = "unpublished-key") => new(keyId, ["msteams"]);

    /// <summary>A primary handler that accepts this server's certificate and nothing else.</summary>
    public HttpMessageHandler CreateTrustingHandler() => LoopbackCertificate.TrustOnly(Certificate);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        Certificate.Dispose();
        lock (_keysGate)
        {
            _published.ForEach(k => k.Dispose());
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet(MetadataPath, () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            if (Unavailable)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = BaseUrl + KeysPath,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref _keysRequests);
            if (Unavailable)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            lock (_keysGate)
            {
                return Results.Json(new Dictionary<string, object> { ["keys"] = _published.Select(k => k.ToJwk()).ToArray() });
            }
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"{BaseUrl}/{tenant}/v2.0",
            ["authorization_endpoint"] = $"{BaseUrl}/{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{BaseUrl}/{tenant}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{BaseUrl}/{tenant}/discovery/v2.0/keys",
        }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", IssueAsync);
        app.MapGet(ManagedIdentityPath, IssueManagedIdentityToken);
        app.MapFallback(context =>
        {
            _otherRequests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var clientId = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        var assertion = form["client_assertion"].ToString();
        var granted = form["grant_type"] == "client_credentials" && clientId == ClientId
            && (secret.Length > 0 ? secret == ClientSecret : await IsValidAssertionAsync(assertion, clientId).ConfigureAwait(false));
        _tokenRequests.Enqueue(new RecordedTokenRequest(tenant, form["grant_type"], clientId, form["scope"], secret.Length > 0, assertion.Length > 0, granted));
        if (!granted)
        {
            return Results.Json(new Dictionary<string, object> { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client credentials." },
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var token = $"fake-bot-token-{Interlocked.Increment(ref _issued)}";
        _issuedTokens.Enqueue(token);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        });
    }

    private IResult IssueManagedIdentityToken(HttpRequest request)
    {
        var clientId = request.Query["client_id"].ToString();
        var resource = request.Query["resource"].ToString();
        var granted = request.Headers["X-IDENTITY-HEADER"] == ManagedIdentityHeader && clientId == ClientId;
        _tokenRequests.Enqueue(new RecordedTokenRequest("managed-identity", "managed_identity", clientId, resource, false, false, granted));
        if (!granted)
        {
            return Results.Json(new Dictionary<string, object> { ["error"] = "invalid_request", ["error_description"] = "Unknown identity." },
                statusCode: StatusCodes.Status400BadRequest);
        }

        var token = $"fake-msi-token-{Interlocked.Increment(ref _issued)}";
        _issuedTokens.Enqueue(token);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = token,
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
            ["client_id"] = clientId,
        });
    }

    /// <summary>The assertion must be signed by <see cref="ClientCertificate"/> and name the client as iss and sub.</summary>
    private async Task<bool> IsValidAssertionAsync(string assertion, string clientId)
    {
        if (assertion.Length == 0 || ClientCertificate is null)
        {
            return false;
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(ClientCertificate),
            ValidIssuer = clientId,
            ValidateAudience = false,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        return result.IsValid && result.ClaimsIdentity.FindFirst("sub")?.Value == clientId;
    }
}
