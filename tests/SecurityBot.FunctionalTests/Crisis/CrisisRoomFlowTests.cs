using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Crisis;

public sealed class SqliteCrisisRoomFlowTests() : CrisisRoomFlowTests(DatabaseProvider.Sqlite);

public sealed class PostgresCrisisRoomFlowTests() : CrisisRoomFlowTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A Critical report opens one Teams group chat through Graph with the right people (most of whom never talked to the
/// bot), the incident's live card is there and follows the incident, the room's people post stakeholder updates that
/// reach the executives, and resolving closes the room — real Teams activity JSON through /api/messages, the real
/// Graph SDK and MSAL against a local Graph, the real outbox and timers.
/// </summary>
public abstract class CrisisRoomFlowTests(DatabaseProvider provider)
{
    [Fact]
    public async Task CriticalReport_OpensOneRoomWithTheRightPeople_LiveCardFollowsAndUpdatesReachExecutives()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        await using var bot = await BotHarness.StartAsync(provider, settings: CrisisJourney.Settings(organisation), graph: organisation);

        await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "ransomware", description = "All my files are encrypted and there is a ransom note", clicked = "true" });

        (await bot.EventuallyAsync(_ => organisation.RoomsOf("INC-000001").Any(r => r.InstalledAppIds.Count > 0))).Should().BeTrue(bot.Failures);
        var room = organisation.RoomsOf("INC-000001").Should().ContainSingle().Subject;
        room.ChatType.Should().Be("group");
        room.MemberIds.Should().BeEquivalentTo([Person.Tomas.AadObjectId, Person.Priya.AadObjectId, Person.Megan.AadObjectId, CrisisJourney.GraceLiu],
            "the security lead, the CSO, Alex's manager and Legal's roster; nobody has acknowledged yet");
        (await bot.EventuallyAsync(c => c.Posted.Count(p => p.ConversationId == room.Id) >= 2)).Should().BeTrue(bot.Failures);
        var inRoom = bot.Connector.Posted.Where(p => p.ConversationId == room.Id).ToList();
        inRoom.Should().Contain(p => p.Body.Contains("Crisis room", StringComparison.Ordinal) && p.Body.Contains("Grace Liu", StringComparison.Ordinal));
        var liveCard = inRoom.Single(p => p.Body.Contains("incident.refresh", StringComparison.Ordinal) || p.Body.Contains("INC-000001", StringComparison.Ordinal) && !p.Body.Contains("Crisis room", StringComparison.Ordinal));

        var acknowledged = await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 });
        acknowledged.GetProperty("statusCode").GetInt32().Should().Be(200, acknowledged.ToString());
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && p.ActivityId == liveCard.ActivityId && p.Body.Contains("Acknowledged by Jin Park", StringComparison.Ordinal))))
            .Should().BeTrue("the room's copy of the live card follows the incident. " + bot.Failures);
        (await bot.EventuallyAsync(_ => organisation.RoomsOf("INC-000001").Single().HasMember(Person.Jin.AadObjectId))).Should().BeTrue("the acknowledging responder joins the room. " + bot.Failures);

        (await bot.SayInChatAsync(Person.Jin, room.Id, "update Contained on the file server, restoring from backup impact: Finance share offline")).EnsureSuccessStatusCode();

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == room.Id && p.Body.Contains("Stakeholder update #1", StringComparison.Ordinal))))
            .Should().BeTrue(bot.Failures);
        (await bot.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == CrisisJourney.NadiaOkafor && m.ActivityJson.Contains("Stakeholder update #1", StringComparison.Ordinal),
            "the executives get every stakeholder update as a card");
        organisation.RoomsOf("INC-000001").Should().ContainSingle("one room per incident, whatever the changes since");
    }

    [Fact]
    public async Task PersonalData_ThenResolve_ClockStartsRoomClosesAndTheReviewIsPostedAndSaved()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        await using var bot = await BotHarness.StartAsync(provider, settings: CrisisJourney.Settings(organisation), graph: organisation);
        await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "ransomware", description = "All my files are encrypted and there is a ransom note", clicked = "true" });
        (await bot.EventuallyAsync(c => organisation.RoomsOf("INC-000001").Any(r => c.Posted.Count(p => p.ConversationId == r.Id) >= 2))).Should().BeTrue(bot.Failures);
        var room = organisation.RoomsOf("INC-000001").Single();
        (await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 })).GetProperty("statusCode").GetInt32().Should().Be(200);

        (await bot.SayInChatAsync(Person.Jin, room.Id, "breach")).EnsureSuccessStatusCode();
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == room.Id && p.Body.Contains("clock for INC-000001", StringComparison.Ordinal))))
            .Should().BeTrue("marking personal data starts the regulator's clock, shown in the room. " + bot.Failures);

        var version = (await bot.WithDbAsync(db => db.Set<SecurityBot.Incidents.Domain.Incident>().SingleAsync())).Version;
        var resolved = await bot.PressAsync(Person.Jin, "incident.resolve", new { incident = "INC-000001", version, resolution = "Restored from backup; the phishing mail was blocked" });
        resolved.GetProperty("statusCode").GetInt32().Should().Be(200, resolved.ToString());

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == room.Id && p.Body.Contains("Post-incident review", StringComparison.Ordinal))))
            .Should().BeTrue(bot.Failures);
        // The closing card and the review are queued together; the outbox does not promise which is delivered first.
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == room.Id && p.Body.Contains("is resolved", StringComparison.Ordinal))))
            .Should().BeTrue(bot.Failures);
        var saved = await bot.PressAsync(Person.Tomas, "crisis.review.save", new
        {
            incident = "INC-000001",
            whatHappened = "Ransomware on Alex's laptop after a phishing mail",
            impact = "Finance share offline for 3 hours",
            rootCause = "Macro-enabled attachment",
            wentWell = "Room open within a minute",
            toChange = "Block macros from the internet",
            actions = $"priyar@example.com | 2026-12-20 | Block internet macros by policy",
        });
        saved.GetProperty("statusCode").GetInt32().Should().Be(200, saved.ToString());
        saved.GetProperty("value").GetRawText().Should().Contain("Block internet macros by policy").And.NotContain("Input.Text");
    }

    [Fact]
    public async Task RoomCommand_OutsideARoom_IsRefusedAndNothingChanges()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await bot.SayInGroupChatAsync(Person.Jin, "update All good now");

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.Body.Contains("crisis room", StringComparison.Ordinal)))).Should().BeTrue(bot.Failures);
        (await bot.OutboxAsync()).Should().NotContain(m => m.ActivityJson.Contains("Stakeholder update", StringComparison.Ordinal));
    }
}
