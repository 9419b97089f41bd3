using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.Metrics;
using SecurityBot.Metrics.Application;

namespace SecurityBot.UnitTests.Metrics;

public sealed class DigestOptionsTests
{
    private static IHost Build(IDictionary<string, string?>? overrides = null, bool shippedSettings = true)
    {
        // Production: no build-time check of every service, which would want the platform this test leaves out.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        if (shippedSettings)
        {
            builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        }

        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.AddSecurityMetrics();
        return builder.Build();
    }

    [Fact]
    public void AddMetrics_NoConfiguration_UsesTheDocumentedDefaults()
    {
        using var host = Build(shippedSettings: false);

        var options = host.Services.GetRequiredService<IOptions<DigestOptions>>().Value;

        options.Enabled.Should().BeTrue();
        options.Schedule.Should().Be("0 8 * * 1");
        options.TimeZone.Should().Be("Europe/London");
        options.Period.Should().Be("last week");
    }

    [Fact]
    public void AddMetrics_ShippedSettings_AreValid()
    {
        using var host = Build();

        var options = host.Services.GetRequiredService<IOptions<DigestOptions>>().Value;

        options.ToSchedule().Zone.Id.Should().Be("Europe/London");
    }

    [Theory]
    [InlineData("Metrics:Digest:Schedule", "every monday", "not a five-field cron expression")]
    [InlineData("Metrics:Digest:TimeZone", "Europe/Londres", "not a time zone")]
    [InlineData("Metrics:Digest:Period", "fortnight", "Metrics:Digest:Period 'fortnight'")]
    public async Task Start_BadDigestSetting_RefusesToStartWithTheReason(string key, string value, string reason)
    {
        using var host = Build(new Dictionary<string, string?> { [key] = value });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(reason);
    }
}
