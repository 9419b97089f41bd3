using System.Text.Json;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Regional;

namespace SecurityBot.UnitTests.Regional;

public sealed class RegionReaderTests
{
    [Fact]
    public void ZoneOf_LocalTimezoneGiven_UsesIt()
    {
        var activity = new Activity { LocalTimezone = "Europe/Berlin", Entities = [ClientInfo("America/New_York")] };

        RegionReader.ZoneOf(activity)!.Id.Should().Be("Europe/Berlin");
    }

    [Fact]
    public void ZoneOf_OnlyClientInfoGiven_UsesItsTimezone()
    {
        var activity = new Activity { Entities = [new Entity { Type = "mention" }, ClientInfo("America/New_York")] };

        RegionReader.ZoneOf(activity)!.Id.Should().Be("America/New_York");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void ZoneOf_NothingUsable_IsNull(string? zone)
    {
        var activity = new Activity { LocalTimezone = zone, Entities = zone is null ? null : [ClientInfo(zone)] };

        RegionReader.ZoneOf(activity).Should().BeNull();
    }

    [Fact]
    public void Read_TeamsMessage_SenderZoneAndLocale()
    {
        var activity = new Activity { From = new ChannelAccount { AadObjectId = "u1" }, Locale = "de-DE", Entities = [ClientInfo("America/Los_Angeles")] };

        RegionReader.Read(activity).Should().Be(new RegionSnapshot("u1", "America/Los_Angeles", "de-DE"));
    }

    [Theory]
    [InlineData("xx-NOPE")]
    [InlineData("en-US<script>")]
    [InlineData("a-very-long-locale-tag-that-is-not-real")]
    public void Read_ForgedLocale_Ignored(string locale)
    {
        var activity = new Activity { From = new ChannelAccount { AadObjectId = "u1" }, Locale = locale, Entities = [ClientInfo("Europe/Dublin")] };

        RegionReader.Read(activity).Should().Be(new RegionSnapshot("u1", "Europe/Dublin", null));
    }

    [Fact]
    public void Read_NoSender_Nothing()
    {
        RegionReader.Read(new Activity { Locale = "en-US", Entities = [ClientInfo("Europe/Dublin")] }).Should().BeNull();
    }

    [Fact]
    public void Zone_WindowsIdFromGraph_ConvertedToIana()
    {
        RegionReader.Zone("Pacific Standard Time").Should().Be("America/Los_Angeles");
    }

    private static Entity ClientInfo(string timezone) => new()
    {
        Type = "clientInfo",
        AdditionalProperties = new Dictionary<string, JsonElement> { ["timezone"] = JsonSerializer.SerializeToElement(timezone) },
    };
}
