using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.Platform;
using SecurityBot.Platform.Regional;

namespace SecurityBot.UnitTests.Regional;

public sealed class RegionalOptionsTests
{
    [Theory]
    [InlineData("Mars/Olympus_Mons", "en-GB", "Regional:TimeZone")]
    [InlineData("Europe/Dublin", "xx-NOPE", "Regional:Locale")]
    public void Validate_UnknownZoneOrCulture_RefusesWithTheKey(string zone, string locale, string key)
    {
        var act = () => Options(zone, locale).Value;

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(key);
    }

    [Fact]
    public void Validate_Defaults_UtcAndBritishEnglish()
    {
        var options = Options(null, null).Value;

        options.TimeZone.Should().Be("UTC");
        options.Locale.Should().Be("en-GB");
    }

    [Fact]
    public void Update_ActivityWithoutALocale_KeepsTheRememberedOne()
    {
        var region = new PersonRegion("u1", "Europe/Dublin", "en-IE", DateTimeOffset.UnixEpoch);

        region.Update("America/Los_Angeles", null, DateTimeOffset.UnixEpoch.AddDays(1)).Should().BeTrue();
        region.Update("America/Los_Angeles", "en-IE", DateTimeOffset.UnixEpoch.AddDays(2)).Should().BeFalse("nothing changed");

        region.Should().BeEquivalentTo(new { TimeZoneId = "America/Los_Angeles", Locale = "en-IE", UpdatedAt = DateTimeOffset.UnixEpoch.AddDays(1) });
    }

    private static IOptions<RegionalOptions> Options(string? zone, string? locale)
    {
        var settings = new Dictionary<string, string?>();
        if (zone is not null)
        {
            settings["Regional:TimeZone"] = zone;
        }

        if (locale is not null)
        {
            settings["Regional:Locale"] = locale;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPersistence();
        return services.BuildServiceProvider().GetRequiredService<IOptions<RegionalOptions>>();
    }
}
