using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SecurityBot.Incidents.Domain;
using SecurityBot.Integrations.Http;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Auth;

namespace SecurityBot.IntegrationTests.Integrations;

public sealed class SqliteAlertEntraTests() : AlertEntraTests(DatabaseProvider.Sqlite);

public sealed class PostgresAlertEntraTests() : AlertEntraTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// An Entra source: the bearer token is validated against a real OpenID configuration and key set served over local
/// HTTPS (<see cref="FakeTokenIssuer"/>), fetched by the bot's own HttpClient; the token is signed like Entra's.
/// </summary>
public abstract class AlertEntraTests(DatabaseProvider provider)
{
    private const string Audience = "api://securitybot-alerts";
    private const string SentinelApp = "5f0c8e4a-1b2c-4d3e-8f9a-0b1c2d3e4f5a";
    private const string Alert = """{"externalId":"SNTL-77","title":"Mass download from SharePoint","severity":"High","indicators":["198.51.100.9"]}""";

    private static readonly JsonWebTokenHandler Tokens = new() { SetDefaultTimesOnTokenCreation = false };

    [Fact]
    public async Task Post_TokenForTheConfiguredAppAndAudience_201AndTheIncidentNamesTheSource()
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await StartAsync(database, issuer);

        using var response = await PostAsync(server, Token(server, issuer.DefaultKey));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var incident = await server.InScopeAsync(sp => sp.GetRequiredService<IIncidentActions>().FindAsync("INC-000001", CancellationToken.None));
        incident!.SourceSystem.Should().Be("sentinel");
        incident.ExternalId.Should().Be("SNTL-77");
    }

    public static TheoryData<string> BadTokens => ["other-app", "other-audience", "other-issuer", "unpublished-key", "expired", "not-yet-valid", "hs256-public-key"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_TokenThatMustNotPass_401AndNothingStored(string how)
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await StartAsync(database, issuer);
        var now = server.Clock.GetUtcNow();
        var token = how switch
        {
            "other-app" => Token(server, issuer.DefaultKey, app: "0a0a0a0a-0000-4000-8000-000000000000"),
            "other-audience" => Token(server, issuer.DefaultKey, audience: "api://another-api"),
            "other-issuer" => Token(server, issuer.DefaultKey, issuerName: "https://login.microsoftonline.com/another-tenant/v2.0"),
            "unpublished-key" => Token(server, FakeTokenIssuer.CreateUnpublishedKey()),
            "expired" => Token(server, issuer.DefaultKey, expires: now - TimeSpan.FromMinutes(6)),
            "not-yet-valid" => Token(server, issuer.DefaultKey, notBefore: now + TimeSpan.FromMinutes(6)),
            _ => HmacWithPublicKey(server, issuer.DefaultKey),
        };

        using var response = await PostAsync(server, token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await server.CountAsync<Incident>()).Should().Be(0);
    }

    private static Task<AlertTestServer> StartAsync(TestDatabase database, FakeTokenIssuer issuer) =>
        AlertTestServer.StartAsync(database, new Dictionary<string, string?>
        {
            ["Integrations:Alerts:Entra:MetadataAddress"] = issuer.OpenIdMetadataUrl,
            ["Integrations:Alerts:Entra:Audiences:0"] = Audience,
            ["Integrations:Alerts:Sources:sentinel:Auth"] = "Entra",
            ["Integrations:Alerts:Sources:sentinel:AllowedAppIds:0"] = SentinelApp,
        }, s => s.AddHttpClient(EntraTokenValidator.HttpClientName).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler));

    private static Task<HttpResponseMessage> PostAsync(AlertTestServer server, string token) =>
        server.PostAsync(Encoding.UTF8.GetBytes(Alert), new Dictionary<string, string> { ["Authorization"] = "Bearer " + token });

    private static string Token(AlertTestServer server, FakeSigningKey key, string app = SentinelApp, string audience = Audience,
        string issuerName = ChannelTokenFactory.BotFrameworkIssuer, DateTimeOffset? expires = null, DateTimeOffset? notBefore = null)
    {
        var now = server.Clock.GetUtcNow();
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuerName,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = (notBefore ?? now - TimeSpan.FromMinutes(1)).UtcDateTime,
            Expires = (expires ?? now + TimeSpan.FromHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["azp"] = app },
            SigningCredentials = new SigningCredentials(key.SigningKey(), SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The algorithm-confusion forgery: HS256 keyed with the published RSA modulus, the kid of a real key.</summary>
    private static string HmacWithPublicKey(AlertTestServer server, FakeSigningKey key)
    {
        var now = server.Clock.GetUtcNow();
        return Tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ChannelTokenFactory.BotFrameworkIssuer,
            Audience = Audience,
            NotBefore = now.UtcDateTime,
            Expires = (now + TimeSpan.FromHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["azp"] = SentinelApp },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key.PublicModulus) { KeyId = key.KeyId }, SecurityAlgorithms.HmacSha256),
        });
    }
}
