using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.Crisis.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>Crisis:Regulator:* as AddCrisisRooms binds and validates it, and two marks at once.</summary>
public sealed class RegulatorOptionsTests
{
    [Fact]
    public async Task Options_ConfiguredReminderHours_ReplaceTheDefaults()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await CrisisTestHost.CreateAsync(database, settings: new Dictionary<string, string?>
        {
            ["Crisis:Regulator:NotificationHours"] = "24",
            ["Crisis:Regulator:ReminderHoursBefore:0"] = "6",
            ["Crisis:Regulator:ReminderHoursBefore:1"] = "2",
        });

        var options = host.Services.GetRequiredService<IOptions<RegulatorOptions>>().Value;

        options.NotificationHours.Should().Be(24);
        options.ReminderHours.Should().Equal(6, 2);
        options.DpoUserId.Should().Be(CrisisTestHost.Dpo);
    }

    [Theory]
    [InlineData("Crisis:Regulator:NotificationHours", "0")]
    [InlineData("Crisis:Regulator:NotificationHours", "721")]
    [InlineData("Crisis:Regulator:ReminderHoursBefore:0", "72")]
    [InlineData("Crisis:Regulator:ReminderHoursBefore:0", "-1")]
    public async Task Options_OutOfRange_AreRefused(string key, string value)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await CrisisTestHost.CreateAsync(database, settings: new Dictionary<string, string?> { [key] = value });

        var read = () => host.Services.GetRequiredService<IOptions<RegulatorOptions>>().Value;

        read.Should().Throw<OptionsValidationException>();
    }

    [Fact]
    public async Task Mark_TwoRespondersAtOnce_MakeOneClock()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        var outcomes = await Task.WhenAll(host.MarkAsync(DemoPeople.Jin.Id), host.MarkAsync(DemoPeople.Lena.Id));

        outcomes.Should().OnlyContain(o => o.Succeeded);
        (await host.ClockAsync()).Should().NotBeNull();
        (await host.PendingRegulatorTimersAsync()).Should().ContainSingle();
        (await host.RegulatorMessagesAsync()).Should().ContainSingle();
        (await host.AuditAsync()).Should().ContainSingle();
    }
}
