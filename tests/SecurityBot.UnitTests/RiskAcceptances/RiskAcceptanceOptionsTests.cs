using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.RiskAcceptances;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskAcceptanceOptionsTests
{
    /// <summary>A host with AddRiskAcceptances over the shipped appsettings.json plus <paramref name="overrides"/>, started.</summary>
    private static async Task<IHost> StartAsync(IDictionary<string, string?>? overrides = null, bool shippedSettings = true)
    {
        // Production: no build-time check of every service, which would want the platform this test leaves out.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        if (shippedSettings)
        {
            builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        }

        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.AddRiskAcceptances();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static RiskAcceptanceOptions OptionsOf(IHost host) => host.Services.GetRequiredService<IOptions<RiskAcceptanceOptions>>().Value;

    [Fact]
    public async Task AddRiskAcceptances_NoConfiguration_UsesTheDocumentedDefaults()
    {
        using var host = await StartAsync(shippedSettings: false);

        var options = OptionsOf(host);
        options.MaxDurationDays.Should().Be(365);
        options.DefaultDurationDays.Should().Be(90);
        options.EffectiveReminderDays.Should().BeEmpty();
        options.ChainFor(RiskLevel.Medium).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam);
        options.ChainFor(RiskLevel.Critical).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
    }

    [Fact]
    public async Task AddRiskAcceptances_ShippedSettings_AreBound()
    {
        using var host = await StartAsync();

        var options = OptionsOf(host);
        options.EffectiveReminderDays.Should().Equal(30, 7);
        options.ChainFor(RiskLevel.Low).Should().Equal(RiskAcceptanceStage.Manager);
        options.ChainFor(RiskLevel.High).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
    }

    [Fact]
    public async Task AddRiskAcceptances_ConfiguredValues_AreBoundFromTheSection()
    {
        using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["RiskAcceptances:MaxDurationDays"] = "180",
            ["RiskAcceptances:DefaultDurationDays"] = "60",
            ["RiskAcceptances:ReminderDaysBeforeExpiry:0"] = "14",
            ["RiskAcceptances:ReminderDaysBeforeExpiry:1"] = "3",
            ["RiskAcceptances:CriticalChain:0"] = "Manager",
            ["RiskAcceptances:CriticalChain:1"] = "SecurityTeam",
            ["RiskAcceptances:CriticalChain:2"] = "Cso",
        }, shippedSettings: false);

        var options = OptionsOf(host);
        options.MaxDurationDays.Should().Be(180);
        options.DefaultDurationDays.Should().Be(60);
        options.EffectiveReminderDays.Should().Equal(14, 3);
        options.ChainFor(RiskLevel.Critical).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam, RiskAcceptanceStage.Cso);
    }

    [Theory]
    [InlineData("RiskAcceptances:MaxDurationDays", "400", "MaxDurationDays")]
    [InlineData("RiskAcceptances:MaxDurationDays", "0", "MaxDurationDays")]
    [InlineData("RiskAcceptances:DefaultDurationDays", "366", "DefaultDurationDays")]
    [InlineData("RiskAcceptances:ReminderDaysBeforeExpiry:2", "400", "RiskAcceptances:ReminderDaysBeforeExpiry")]
    public async Task AddRiskAcceptances_InvalidValue_IsRefusedAtStartNamingTheKey(string key, string value, string named)
    {
        var start = () => StartAsync(new Dictionary<string, string?> { [key] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(named);
    }

    [Fact]
    public async Task AddRiskAcceptances_DefaultAboveMax_IsRefusedAtStartNamingBothKeys()
    {
        var start = () => StartAsync(new Dictionary<string, string?>
        {
            ["RiskAcceptances:MaxDurationDays"] = "30",
            ["RiskAcceptances:DefaultDurationDays"] = "90",
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message
            .Should().Contain("RiskAcceptances:DefaultDurationDays").And.Contain("MaxDurationDays");
    }

    [Fact]
    public void ChainFor_Defaults_FollowTheScore()
    {
        var options = new RiskAcceptanceOptions();

        options.ChainFor(RiskLevel.Low).Should().Equal(RiskAcceptanceStage.Manager);
        options.ChainFor(RiskLevel.Medium).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam);
        options.ChainFor(RiskLevel.High).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
        options.ChainFor(RiskLevel.Critical).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
    }

    [Fact]
    public void ChainFor_Configured_ReplacesTheDefault()
    {
        var options = new RiskAcceptanceOptions { CriticalChain = [RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam, RiskAcceptanceStage.Cso] };

        options.ChainFor(RiskLevel.Critical).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam, RiskAcceptanceStage.Cso);
    }

    [Theory]
    [InlineData(366)]
    [InlineData(0)]
    public void Validate_MaxDurationOutOfRange_Fails(int days)
    {
        var options = new RiskAcceptanceOptions { MaxDurationDays = days, DefaultDurationDays = 1 };

        Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true).Should().BeFalse();
    }

    [Fact]
    public void Validate_DefaultAboveMax_Fails()
    {
        var options = new RiskAcceptanceOptions { MaxDurationDays = 30, DefaultDurationDays = 90 };

        Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true).Should().BeFalse();
    }

    [Fact]
    public void EffectiveReminderDays_Unordered_LargestFirstWithoutDuplicates()
    {
        var options = new RiskAcceptanceOptions { ReminderDaysBeforeExpiry = [7, 30, 7] };

        options.EffectiveReminderDays.Should().Equal(30, 7);
    }
}
