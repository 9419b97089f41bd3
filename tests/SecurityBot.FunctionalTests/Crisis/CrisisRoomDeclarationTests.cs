using Microsoft.EntityFrameworkCore;
using SecurityBot.Crisis.Domain;
using SecurityBot.Testing.Graph;

namespace SecurityBot.FunctionalTests.Crisis;

/// <summary>
/// Declaring a crisis: by hand from the triage card (who may, once whatever the clicks), and what happens when Graph
/// refuses (the lead is told, the incident goes on 1:1) or throttles (the room comes anyway).
/// </summary>
public sealed class CrisisRoomDeclarationTests
{
    private const string Ransomware = "All my files are encrypted and there is a ransom note";

    [Fact]
    public async Task OpenCrisisRoom_HighIncident_AcknowledgingResponderOpensOneRoomWhateverTheClicks()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        await using var bot = await BotHarness.StartAsync(settings: CrisisJourney.Settings(organisation), graph: organisation);
        await bot.PressAsync(Person.Alex, "incident.submit", new { category = "malware", description = "A pop-up says my PC is infected and wants me to call a number", clicked = "false" });
        var stranger = await bot.PressAsync(Person.Diego, "crisis.open", new { incident = "INC-000001" });
        var notYetTaken = await bot.PressAsync(Person.Amara, "crisis.open", new { incident = "INC-000001" });
        (await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 })).GetProperty("statusCode").GetInt32().Should().Be(200);

        var first = await bot.PressAsync(Person.Jin, "crisis.open", new { incident = "INC-000001" });
        var second = await bot.PressAsync(Person.Jin, "crisis.open", new { incident = "INC-000001" });

        stranger.GetProperty("statusCode").GetInt32().Should().Be(404, "someone who may not triage learns nothing, not even that the incident exists");
        notYetTaken.GetProperty("statusCode").GetInt32().Should().Be(403);
        notYetTaken.GetProperty("value").GetProperty("message").GetString().Should().Contain("Acknowledge it first");
        first.GetProperty("statusCode").GetInt32().Should().Be(200, first.ToString());
        first.GetProperty("value").GetString().Should().Contain("Opening the crisis room");
        second.GetProperty("value").GetString().Should().Contain("INC-000001").And.Match(s => s.Contains("being opened", StringComparison.Ordinal) || s.Contains("already open", StringComparison.Ordinal));
        (await bot.EventuallyAsync(_ => organisation.RoomsOf("INC-000001").Any(r => r.InstalledAppIds.Count > 0))).Should().BeTrue(bot.Failures);
        var room = organisation.RoomsOf("INC-000001").Should().ContainSingle().Subject;
        room.MemberIds.Should().Contain([Person.Jin.AadObjectId, Person.Tomas.AadObjectId, Person.Priya.AadObjectId, CrisisJourney.GraceLiu]);
    }

    [Fact]
    public async Task GraphRefusesThePermission_LeadIsToldAndTheIncidentStillEscalatesOneToOne()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        organisation.Graph.FailChats(FakeGraphChatOperation.Create, 403, count: 100);
        await using var bot = await BotHarness.StartAsync(settings: CrisisJourney.Settings(organisation), graph: organisation);

        await bot.PressAsync(Person.Alex, "incident.submit", new { category = "ransomware", description = Ransomware, clicked = "true" });

        (await bot.EventuallyAsync(_ => bot.OutboxAsync().Result.Any(m => m.RecipientAadObjectId == Person.Tomas.AadObjectId
                                                                         && m.ActivityJson.Contains("could not be opened", StringComparison.Ordinal))))
            .Should().BeTrue(bot.Failures);
        var outbox = await bot.OutboxAsync();
        outbox.Single(m => m.ActivityJson.Contains("could not be opened", StringComparison.Ordinal)).ActivityJson.Should().Contain("403");
        outbox.Should().Contain(m => m.RecipientAadObjectId == Person.Jin.AadObjectId && m.ActivityJson.Contains("incident.acknowledge", StringComparison.Ordinal),
            "the responders still get their 1:1 triage cards");
        organisation.Graph.Chats.Should().BeEmpty();
        bot.Logs.Entries.Count(e => e.Message.Contains("could not be opened", StringComparison.Ordinal) || e.Message.Contains("refused with HTTP 403", StringComparison.Ordinal))
            .Should().Be(1, "a refusal that needs a person is not retried in a loop");
    }

    [Fact]
    public async Task GraphThrottlesOnce_TheRoomIsMadeAfterTheWait()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        organisation.Graph.FailChats(FakeGraphChatOperation.Create, 429, count: 1, retryAfterSeconds: 1);
        await using var bot = await BotHarness.StartAsync(settings: CrisisJourney.Settings(organisation), graph: organisation);

        await bot.PressAsync(Person.Alex, "incident.submit", new { category = "ransomware", description = Ransomware, clicked = "true" });

        (await bot.EventuallyAsync(_ => organisation.RoomsOf("INC-000001").Any(r => r.InstalledAppIds.Count > 0))).Should().BeTrue(bot.Failures);
        organisation.RoomsOf("INC-000001").Should().ContainSingle();
        (await bot.OutboxAsync()).Should().NotContain(m => m.ActivityJson.Contains("could not be opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChatMadeByARunThatLostItsCommit_IsFoundAndUsedNotMadeTwice()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        // Looking for an earlier chat fails until the test has put one there, as a crash after POST /chats leaves it.
        organisation.Graph.FailChats(FakeGraphChatOperation.List, 503, count: 1_000);
        var settings = CrisisJourney.Settings(organisation);
        settings["Crisis:CreateRetrySeconds"] = "1";
        settings["Directory:Graph:MaxRetries"] = "0";
        await using var bot = await BotHarness.StartAsync(settings: settings, graph: organisation);

        await bot.PressAsync(Person.Alex, "incident.submit", new { category = "ransomware", description = Ransomware, clicked = "true" });
        (await bot.EventuallyAsync(_ => bot.WithDbAsync(db => db.Set<CrisisRoom>().AnyAsync(r => r.Attempts > 0)).Result)).Should().BeTrue(bot.Failures);
        var topic = await bot.WithDbAsync(db => db.Set<CrisisRoom>().Select(r => r.Topic).SingleAsync());
        var leftBehind = organisation.Graph.AddChat(topic, [Person.Tomas.AadObjectId, Person.Priya.AadObjectId, Person.Megan.AadObjectId, CrisisJourney.GraceLiu]);
        organisation.Graph.FailChats(FakeGraphChatOperation.List, 503, count: 0);

        (await bot.EventuallyAsync(_ => organisation.Graph.Chat(leftBehind)!.InstalledAppIds.Count > 0)).Should().BeTrue(bot.Failures);
        organisation.Graph.Chats.Should().ContainSingle().Which.Id.Should().Be(leftBehind);
        (await bot.WithDbAsync(db => db.Set<CrisisRoom>().SingleAsync())).ChatId.Should().Be(leftBehind);
    }
}
