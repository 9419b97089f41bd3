using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Directory;
using SecurityBot.Testing.Graph;

namespace SecurityBot.IntegrationTests.Directory;

public sealed class GraphTeamsAppInstallerTests
{
    private const string Alice = "11111111-1111-4111-8111-111111111111";

    [Fact]
    public async Task EnsureInstalledAndGetChatIdAsync_NotInstalled_InstallsFromCatalogAndReturnsTheChat()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        var installer = harness.Services.GetRequiredService<ITeamsAppInstaller>();

        var chatId = await installer.EnsureInstalledAndGetChatIdAsync(Alice, CancellationToken.None);

        chatId.Should().Be(FakeGraphServer.ChatIdFor(Alice));
        harness.Graph.IsInstalled(Alice, GraphDirectoryHarness.CatalogAppId).Should().BeTrue();
        var install = harness.Graph.Requests.Should().ContainSingle(r => r.Method == "POST").Subject;
        install.PathAndQuery.Should().Be($"/v1.0/users/{Alice}/teamwork/installedApps");
        using var body = JsonDocument.Parse(install.Body!);
        body.RootElement.GetProperty("teamsApp@odata.bind").GetString()
            .Should().Be($"{harness.Graph.BaseUrl}/appCatalogs/teamsApps/{GraphDirectoryHarness.CatalogAppId}");
        harness.Graph.Requests.Should().OnlyContain(r => r.Authorization!.StartsWith("Bearer ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnsureInstalledAndGetChatIdAsync_AlreadyInstalled_TreatsConflictAsInstalled()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        harness.Graph.MarkInstalled(Alice, GraphDirectoryHarness.CatalogAppId);
        var installer = harness.Services.GetRequiredService<ITeamsAppInstaller>();

        var chatId = await installer.EnsureInstalledAndGetChatIdAsync(Alice, CancellationToken.None);

        chatId.Should().Be(FakeGraphServer.ChatIdFor(Alice));
        harness.Graph.Requests.Select(r => r.Method).Should().Equal("POST", "GET", "GET");
        harness.Graph.Requests.ElementAt(1).PathAndQuery.Should().Contain("$filter=").And.Contain("$expand=teamsApp");
    }

    [Fact]
    public async Task EnsureInstalledAndGetChatIdAsync_NoCatalogIdConfigured_ReturnsNullWithoutCallingGraph()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync(new Dictionary<string, string?> { ["Directory:Graph:TeamsAppCatalogId"] = "" });
        var installer = harness.Services.GetRequiredService<ITeamsAppInstaller>();

        var chatId = await installer.EnsureInstalledAndGetChatIdAsync(Alice, CancellationToken.None);

        chatId.Should().BeNull();
        harness.Graph.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task EnsureInstalledAndGetChatIdAsync_UnknownUser_ThrowsInstallationExceptionWithStatus()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        var installer = harness.Services.GetRequiredService<ITeamsAppInstaller>();

        var install = () => installer.EnsureInstalledAndGetChatIdAsync(Alice, CancellationToken.None);

        (await install.Should().ThrowAsync<TeamsAppInstallationException>()).Which.StatusCode.Should().Be(400);
    }
}
