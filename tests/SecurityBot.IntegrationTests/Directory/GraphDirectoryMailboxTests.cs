using SecurityBot.Platform.Regional;
using SecurityBot.Testing.Graph;

namespace SecurityBot.IntegrationTests.Directory;

/// <summary>
/// The mailbox time zone through the real Graph SDK: what Graph gives (a Windows zone name), and a tenant that has not
/// granted MailboxSettings.Read answered once and then left alone, never failing the card it would have helped.
/// </summary>
public sealed class GraphDirectoryMailboxTests
{
    private const string Alice = "11111111-0000-4000-8000-000000000001";
    private const string Bob = "11111111-0000-4000-8000-000000000002";

    [Fact]
    public async Task GetTimeZoneAsync_MailboxInPacificTime_WindowsNameThatTheRegionReaderMapsToIana()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.AddUser(new FakeGraphUser(Alice, "alice@contoso.test", "Alice Example", MailboxTimeZone: "Pacific Standard Time"));

        var zone = await harness.Directory.GetTimeZoneAsync(Alice);

        zone.Should().Be("Pacific Standard Time");
        RegionReader.Zone(zone).Should().Be("America/Los_Angeles");
        harness.RequestsTo($"/users/{Alice}/mailboxSettings").Should().Be(1);
    }

    [Fact]
    public async Task GetTimeZoneAsync_PermissionNotGranted_NullAndNotAskedAgainForOthers()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.AddUser(new FakeGraphUser(Alice, "alice@contoso.test", "Alice Example", MailboxTimeZone: "Pacific Standard Time"));
        harness.Graph.AddUser(new FakeGraphUser(Bob, "bob@contoso.test", "Bob Example", MailboxTimeZone: "GMT Standard Time"));
        harness.Graph.MailboxSettingsDenied = true;

        var first = await harness.Directory.GetTimeZoneAsync(Alice);
        var second = await harness.Directory.GetTimeZoneAsync(Bob);

        first.Should().BeNull();
        second.Should().BeNull();
        harness.RequestsTo($"/users/{Bob}/mailboxSettings").Should().Be(0, "a 403 pauses the asking for an hour");
    }

    [Fact]
    public async Task GetTimeZoneAsync_UnknownUser_Null()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();

        (await harness.Directory.GetTimeZoneAsync(Alice)).Should().BeNull();
    }
}
