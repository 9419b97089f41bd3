using System.Text.Json.Nodes;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Crisis.Domain;
using SecurityBot.IntegrationTests.Incidents;
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
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await CrisisTestHost.CreateAsync(database, connectorUrl: teams.ServiceUrl);
        await host.OpenRoomAsync();

        await host.RunCommandAsync(Message(teams, CrisisTestHost.ChatId, DemoPeople.Jin.Id, "breach"));

        (await host.ClockAsync())!.StartedById.Should().Be(DemoPeople.Jin.Id);
        var reply = teams.Posted.Should().ContainSingle().Subject;
        reply.ConversationId.Should().Be(CrisisTestHost.ChatId);
        JsonNode.Parse(reply.Body)!.ToJsonString().Should().Contain("regulator").And.Contain("is running");
    }

    [Fact]
    public async Task Notified_TypedOutsideACrisisRoom_ChangesNothingAndSaysWhereItWorks()
    {
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await CrisisTestHost.CreateAsync(database, connectorUrl: teams.ServiceUrl);
        await host.OpenRoomAsync();
        await host.MarkAsync(DemoPeople.Jin.Id);

        await host.RunCommandAsync(Message(teams, "a:dpo-personal-chat", CrisisTestHost.Dpo, "notified ICO-1"));

        (await host.ClockAsync())!.Status.Should().Be(RegulatorClockStatus.Running);
        JsonNode.Parse(teams.Posted.Should().ContainSingle().Subject.Body)!.ToJsonString().Should().Contain("crisis room");
    }

    private static Activity Message(FakeConnectorServer teams, string conversationId, string userId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "inbound-1",
        ChannelId = "msteams",
        ServiceUrl = teams.ServiceUrl,
        Text = text,
        From = new ChannelAccount { Id = $"29:{userId}", Name = "Someone", AadObjectId = userId },
        Recipient = new ChannelAccount { Id = "28:securitybot", Name = "SecurityBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "groupChat", TenantId = "tenant-1" },
    };
}
