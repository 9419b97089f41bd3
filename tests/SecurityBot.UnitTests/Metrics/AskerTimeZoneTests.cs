using System.Text.Json;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Metrics.Teams;

namespace SecurityBot.UnitTests.Metrics;

public sealed class AskerTimeZoneTests
{
    [Fact]
    public void Of_LocalTimezoneGiven_UsesIt()
    {
        var activity = new Activity { LocalTimezone = "Europe/Berlin", Entities = [ClientInfo("America/New_York")] };

        AskerTimeZone.Of(activity).Id.Should().Be("Europe/Berlin");
    }

    [Fact]
    public void Of_OnlyClientInfoGiven_UsesItsTimezone()
    {
        var activity = new Activity { Entities = [new Entity { Type = "mention" }, ClientInfo("America/New_York")] };

        AskerTimeZone.Of(activity).Id.Should().Be("America/New_York");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void Of_NothingUsable_IsUtc(string? zone)
    {
        var activity = new Activity { LocalTimezone = zone, Entities = zone is null ? null : [ClientInfo(zone)] };

        AskerTimeZone.Of(activity).Should().Be(TimeZoneInfo.Utc);
    }

    private static Entity ClientInfo(string timezone) => new()
    {
        Type = "clientInfo",
        AdditionalProperties = new Dictionary<string, JsonElement> { ["timezone"] = JsonSerializer.SerializeToElement(timezone) },
    };
}
