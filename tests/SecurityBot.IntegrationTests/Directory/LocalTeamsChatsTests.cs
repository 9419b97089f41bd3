using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform;
using SecurityBot.Platform.Directory;

namespace SecurityBot.IntegrationTests.Directory;

public sealed class LocalTeamsChatsTests
{
    private const string Alice = "a11ce000-1111-4111-8111-11111111aaaa";
    private const string Bob = "b0b00000-2222-4222-8222-22222222bbbb";

    public static TheoryData<string> Operations => ["find", "create", "add", "install"];

    /// <summary>The registration as the app does it (AddDirectory), with the local directory chosen.</summary>
    private static ServiceProvider LocalServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Directory:Provider"] = "Local" })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddDirectory();
        return services.BuildServiceProvider();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryOperation_LocalDirectory_Throws501NonTransientNamingTheGraphProvider(string operation)
    {
        await using var services = LocalServices();
        var chats = services.GetRequiredService<ITeamsChats>();
        Func<Task> call = operation switch
        {
            "find" => () => chats.FindGroupChatAsync("Crisis room", Alice, CancellationToken.None),
            "create" => () => chats.CreateGroupChatAsync("Crisis room", [Alice, Bob], CancellationToken.None),
            "add" => () => chats.AddMemberAsync("19:chat@thread.v2", Bob, CancellationToken.None),
            _ => () => chats.InstallBotAsync("19:chat@thread.v2", CancellationToken.None),
        };

        var failure = (await call.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(501);
        failure.IsTransient.Should().BeFalse();
        failure.Message.Should().Contain("Directory:Provider=Graph");
    }

    [Fact]
    public async Task AddDirectory_GraphProvider_ResolvesGraphTeamsChats()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();

        harness.Chats.GetType().Name.Should().Be("GraphTeamsChats");
    }
}
