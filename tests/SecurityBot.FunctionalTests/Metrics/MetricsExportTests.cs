using System.Text.Json;
using SecurityBot.Platform.Persistence;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Metrics;

public sealed class SqliteMetricsExportTests() : MetricsExportTests(DatabaseProvider.Sqlite);

public sealed class PostgresMetricsExportTests() : MetricsExportTests(DatabaseProvider.PostgreSQL);

/// <summary>"metrics export" typed in Teams: the CSO gets download buttons; the links serve the CSV and the charts; nobody else gets anything.</summary>
public abstract class MetricsExportTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Export_Cso_LinksServeTheCsvAndTheCharts()
    {
        await using var bot = await BotHarness.StartAsync(provider, settings: new Dictionary<string, string?> { ["Metrics:Links:PublicBaseUrl"] = "http://localhost" });
        var answer = await bot.PressAsync(Person.Alex, "incident.submit", new { category = "phishing", description = "=cmd|' /C calc'!A0 asked for my password", clicked = "false" });
        answer.GetProperty("statusCode").GetInt32().Should().Be(200);

        (await bot.SayAsync(Person.Priya, "metrics export week")).EnsureSuccessStatusCode();

        var card = await bot.WaitForCardAsync(Person.Priya, "Board export: this week");
        var urls = OpenUrls(card);
        urls.Should().HaveCount(3);
        using var csv = await bot.Client.GetAsync(new Uri(urls[0]).PathAndQuery);
        csv.EnsureSuccessStatusCode();
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        (await csv.Content.ReadAsStringAsync()).Should().Contain("section,figure,dimension,value,previous value,unit").And.Contain("incidents,reported,,1,");
        foreach (var png in urls.Skip(1))
        {
            using var image = await bot.Client.GetAsync(new Uri(png).PathAndQuery);
            image.EnsureSuccessStatusCode();
            (await image.Content.ReadAsByteArrayAsync())[..4].Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        }
    }

    [Fact]
    public async Task Export_Employee_RefusedAndNoLinks()
    {
        await using var bot = await BotHarness.StartAsync(provider, settings: new Dictionary<string, string?> { ["Metrics:Links:PublicBaseUrl"] = "http://localhost" });

        (await bot.SayAsync(Person.Alex, "metrics export")).EnsureSuccessStatusCode();

        (await bot.WaitForCardAsync(Person.Alex, "not available to you")).GetRawText().Should().NotContain("Action.OpenUrl");
        bot.Connector.Posted.Should().NotContain(p => Texts(p.Body).Contains("Board export", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_NoPublicAddress_SaysWhatToConfigureInsteadOfDeadLinks()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        (await bot.SayAsync(Person.Priya, "metrics export")).EnsureSuccessStatusCode();

        var card = await bot.WaitForCardAsync(Person.Priya, "Board export");
        Texts(card.GetRawText()).Should().Contain("Metrics:Links:PublicBaseUrl");
        OpenUrls(card).Should().BeEmpty();
    }

    private static List<string> OpenUrls(JsonElement card) =>
        [.. card.GetRawText().Split("\"url\":\"").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]).Where(u => u.StartsWith("http", StringComparison.Ordinal))];
}
