using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Endpoint;

public sealed class SqliteAlertEndpointTests() : AlertEndpointTests(DatabaseProvider.Sqlite);

public sealed class PostgresAlertEndpointTests() : AlertEndpointTests(DatabaseProvider.PostgreSQL);

/// <summary>POST /api/alerts as Program.cs maps it, configured only through the documented settings.</summary>
public abstract class AlertEndpointTests(DatabaseProvider provider)
{
    private const string Secret = "functional-alert-secret-0123456789abcdefghijkl";
    private const string Alert = """{"externalId":"QR-9","title":"Malware beacon on LAPTOP-42","severity":"high"}""";

    [Fact]
    public async Task PostAlerts_SignedBySourceThenRepeated_201Then200ForTheSameIncident()
    {
        await using var bot = await StartAsync();

        using var first = await PostAsync(bot, Sign(Alert));
        using var again = await PostAsync(bot, Sign(Alert));

        first.StatusCode.Should().Be(HttpStatusCode.Created, bot.Failures);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.Content.ReadAsStringAsync()).Should().Be("""{"incident":"INC-000001","created":true}""");
        (await again.Content.ReadAsStringAsync()).Should().Be("""{"incident":"INC-000001","created":false}""");
    }

    [Fact]
    public async Task PostAlerts_Unsigned_401()
    {
        await using var bot = await StartAsync();

        using var response = await PostAsync(bot, new Dictionary<string, string> { ["X-SecurityBot-Source"] = "qradar" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private Task<BotHarness> StartAsync() => BotHarness.StartAsync(provider, new Dictionary<string, string?>
    {
        ["Integrations:Alerts:Sources:qradar:Auth"] = "Hmac",
        ["Integrations:Alerts:Sources:qradar:Secret"] = Secret,
    });

    private static Dictionary<string, string> Sign(string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + "." + body));
        return new Dictionary<string, string>
        {
            ["X-SecurityBot-Source"] = "qradar",
            ["X-SecurityBot-Timestamp"] = timestamp,
            ["X-SecurityBot-Signature"] = "v1=" + Convert.ToHexStringLower(mac),
        };
    }

    private static async Task<HttpResponseMessage> PostAsync(BotHarness bot, Dictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/alerts", UriKind.Relative))
        {
            Content = new StringContent(Alert, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await bot.Client.SendAsync(request);
    }
}
