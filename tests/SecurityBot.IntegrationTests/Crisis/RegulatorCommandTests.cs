using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Crisis.Domain;
using SecurityBot.Crisis.Teams;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// The room's regulator commands as the bot runs them: a real turn (the connector client sending over HTTP to the
/// fake Teams connector, the process boundary) in the crisis room's conversation, the command resolved from the
/// crisis wiring.
/// </summary>
public sealed class RegulatorCommandTests
{
    [Fact]
    public async Task Breach_TypedInTheRoomByAResponder_StartsTheClockAndAnswersInTheRoom()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await RegulatorTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var connector = Connector(teams);

        var turn = Turn(teams, connector, RegulatorTestHost.ChatId, DemoPeople.Jin.Id, "breach");
        await RunAsync(host, turn);

        (await host.ClockAsync())!.StartedById.Should().Be(DemoPeople.Jin.Id);
        var reply = teams.Posted.Should().ContainSingle().Subject;
        reply.ConversationId.Should().Be(RegulatorTestHost.ChatId);
        JsonNode.Parse(reply.Body)!.ToJsonString().Should().Contain("regulator").And.Contain("is running");
    }

    [Fact]
    public async Task Notified_TypedOutsideACrisisRoom_ChangesNothingAndSaysWhereItWorks()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await RegulatorTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var connector = Connector(teams);

        await RunAsync(host, Turn(teams, connector, "a:dpo-personal-chat", RegulatorTestHost.Dpo, "notified ICO-1"));

        (await host.ClockAsync())!.Status.Should().Be(RegulatorClockStatus.Running);
        JsonNode.Parse(teams.Posted.Should().ContainSingle().Subject.Body)!.ToJsonString().Should().Contain("crisis room");
    }

    private static async Task RunAsync(RegulatorTestHost host, TurnContext turn)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<IChatCommand>().OfType<RegulatorCommand>().Single();
        var (verb, arguments) = CommandLine.Parse(turn.Activity.Text);
        await command.HandleAsync(new ChatCommandContext(turn, Actor.From(turn.Activity)!, verb, arguments), CancellationToken.None);
    }

    private static ServiceProvider Connector(FakeConnectorServer teams)
    {
        var services = new ServiceCollection();
        // The fake listens on http loopback: trusted only because configuration says so, as in a local deployment.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = teams.ServiceUrl })
            .Build());
        services.AddLogging();
        services.AddBotConnector();
        return services.BuildServiceProvider();
    }

    private static TurnContext Turn(FakeConnectorServer teams, ServiceProvider connector, string conversationId, string userId, string text) =>
        new(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "inbound-1",
            ChannelId = "msteams",
            ServiceUrl = teams.ServiceUrl,
            Text = text,
            From = new ChannelAccount { Id = $"29:{userId}", Name = "Someone", AadObjectId = userId },
            Recipient = new ChannelAccount { Id = "28:securitybot", Name = "SecurityBot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "groupChat", TenantId = "tenant-1" },
        }, identity: null, connector.GetRequiredService<IConnectorClient>());
}
