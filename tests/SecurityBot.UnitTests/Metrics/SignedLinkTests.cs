using System.Net;
using SecurityBot.Metrics.Application;
using SecurityBot.Metrics.Charts;

namespace SecurityBot.UnitTests.Metrics;

public class SignedLinkTests
{
    [Fact]
    public async Task Get_ValidToken_ServesThePngNotCached()
    {
        await using var host = await MetricsFileHost.StartAsync();
        var png = RiskHeatMapChart.Render(ChartSamples.HeatMap());
        var link = host.Get<SignedFileStore>().Add(new ServedFile(png, "image/png", null));

        link.Should().StartWith("/api/metrics/files/");
        using var response = await host.Client.GetAsync(link);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentDisposition.Should().BeNull("an image is shown, not downloaded");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(png);
    }

    [Fact]
    public async Task Get_AfterTheLifetime_NotFound()
    {
        await using var host = await MetricsFileHost.StartAsync(new() { ["Metrics:Links:LifetimeMinutes"] = "60" });
        var link = host.Get<SignedFileStore>().Add(new ServedFile([1, 2, 3], "image/png", null));

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        (await host.Client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK, "still within the hour");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var expired = await host.Client.GetAsync(link);

        expired.StatusCode.Should().Be(HttpStatusCode.NotFound);
        expired.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Get_TamperedToken_NotFound()
    {
        await using var host = await MetricsFileHost.StartAsync();
        var link = host.Get<SignedFileStore>().Add(new ServedFile([1, 2, 3], "image/png", null));
        var parts = link[(link.LastIndexOf('/') + 1)..].Split('.');
        var laterExpiry = (long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 86_400).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var flipped = parts[2][..^1] + (parts[2][^1] == 'A' ? 'B' : 'A');

        (await host.Client.GetAsync($"/api/metrics/files/{parts[0]}.{laterExpiry}.{parts[2]}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a stretched expiry breaks the signature");
        (await host.Client.GetAsync($"/api/metrics/files/{parts[0]}.{parts[1]}.{flipped}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await host.Client.GetAsync($"/api/metrics/files/{parts[0]}.{parts[1]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await host.Client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK, "the untouched link still works");
    }

    [Fact]
    public async Task Get_UnknownOrAnotherKeysToken_NotFound()
    {
        await using var host = await MetricsFileHost.StartAsync();
        await using var other = await MetricsFileHost.StartAsync();
        var foreign = other.Get<SignedFileStore>().Add(new ServedFile([1], "image/png", null));
        var signedButNotStored = host.Get<LinkSigner>().Create(host.Clock.GetUtcNow().AddHours(1));

        (await host.Client.GetAsync(foreign)).StatusCode.Should().Be(HttpStatusCode.NotFound, "each instance generates its own key when none is configured");
        (await host.Client.GetAsync("/api/metrics/files/" + signedButNotStored)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await host.Client.GetAsync("/api/metrics/files/nothing")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Images_SmallPng_InlineDataUriElseSignedLink()
    {
        await using var inline = await MetricsFileHost.StartAsync(new() { ["Metrics:Links:PublicBaseUrl"] = "https://bot.example.test/" });
        await using var linked = await MetricsFileHost.StartAsync(new() { ["Metrics:Links:DataUriBudgetBytes"] = "1000", ["Metrics:Links:PublicBaseUrl"] = "https://bot.example.test/" });
        var metrics = ExportSamples.Metrics();

        var small = inline.Get<MetricsChartImages>().For(metrics);
        var large = linked.Get<MetricsChartImages>().For(metrics);

        small.IncidentTrend.Inline.Should().BeTrue();
        small.IncidentTrend.Url.Should().StartWith("data:image/png;base64,");
        Convert.FromBase64String(small.RiskHeatMap.Url["data:image/png;base64,".Length..]).Should().Equal(RiskHeatMapChart.Render(metrics.Risks.HeatMap));
        small.RiskHeatMap.AltText.Should().Be("Open risk acceptances by likelihood × impact: 28 in all; Critical 18, High 3, Medium 4, Low 3.");
        small.IncidentTrend.AltText.Should().StartWith("Incidents reported per week, 7 Sep 2026 to 30 Nov 2026: 98 in all, most in the week of 21 Sep (11); Critical 3, High 18, Medium 38, Low 39.");
        large.IncidentTrend.Inline.Should().BeFalse();
        large.IncidentTrend.Url.Should().StartWith("https://bot.example.test/api/metrics/files/");
        using var served = await linked.Client.GetAsync(new Uri(large.RiskHeatMap.Url).AbsolutePath);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync()).Length.Should().Be(large.RiskHeatMap.PngBytes);
    }

    [Fact]
    public async Task Export_Metrics_CsvAndBothPngsAsDownloads()
    {
        await using var host = await MetricsFileHost.StartAsync();
        var links = host.Get<IMetricsExport>().Export(ExportSamples.Metrics());

        links.Select(l => l.FileName).Should().Equal(
            "security-metrics-2026-11-01-2026-12-01.csv", "security-metrics-2026-11-01-2026-12-01-incidents-per-week.png", "security-metrics-2026-11-01-2026-12-01-risk-heat-map.png");
        using var csv = await host.Client.GetAsync(links[0].Url);
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        csv.Content.Headers.ContentDisposition.FileName.Should().Be("security-metrics-2026-11-01-2026-12-01.csv");
        (await csv.Content.ReadAsStringAsync()).Should().StartWith("section,figure,dimension,value,previous value,unit");
        using var png = await host.Client.GetAsync(links[2].Url);
        png.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        PngAssertions.ShouldBePng(await png.Content.ReadAsByteArrayAsync(), 400, 400);
    }
}
