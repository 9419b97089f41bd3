using Microsoft.EntityFrameworkCore;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Graph;
using static SecurityBot.FunctionalTests.Attestation.AttestationJourney;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Attestation;

public sealed class SqliteAttestationCampaignFlowTests() : AttestationCampaignFlowTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationCampaignFlowTests() : AttestationCampaignFlowTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The security lead asks a 30-person Entra group (nested, paged, most of them never talked to the bot) to accept the
/// acceptable-use policy — real Teams activity JSON through /api/messages, the real Graph SDK against a local Graph
/// over HTTPS, the real outbox (proactive installation included), timers and card copies.
/// </summary>
public abstract class AttestationCampaignFlowTests(DatabaseProvider provider)
{
    [Fact]
    public async Task PolicyCampaign_ToANestedPagedGroup_EveryMemberGetsOneCardAndAcceptingUpdatesThePressedProgressCard()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);

        var confirmation = await bot.StartCampaignAsync(due);

        Texts(confirmation).Should().Contain("Send campaign 1 to 30 people?").And.Contain("Acceptable Use Policy").And.Contain("3.0");
        await bot.WaitForOutboxDrainedAsync();
        foreach (var member in MemberIds)
        {
            CardCount(bot.Connector, ChatOf(member), AskHeading).Should().Be(1, "{0} gets exactly one card", member);
        }

        organisation.Graph.IsInstalled(Person.Adele.AadObjectId, GraphOrganisation.CatalogAppId)
            .Should().BeTrue("people who never talked to the bot are reached by installing it for them");
        organisation.Graph.Requests.Count(r => r.PathAndQuery.Contains($"/groups/{GroupId}/transitiveMembers", StringComparison.Ordinal))
            .Should().BeGreaterThanOrEqualTo(5, "33 directory objects in pages of 7");
        bot.Connector.Posted.Should().NotContain(p => p.ConversationId == FakeGraphServer.ChatIdFor(DeviceId), "a device is not a person");
        var progress = await WaitForProgressCardAsync(bot, "Campaign 1:");

        var accepted = await bot.PressAsync(Person.Alex, "attest.accept", new { campaign = 1 });

        accepted.GetProperty("statusCode").GetInt32().Should().Be(200, accepted.ToString());
        Texts(Card(accepted)).Should().Contain("Acceptable Use Policy — accepted").And.Contain("version 3.0").And.Contain("Alex Wilber");
        var progressCopy = FormMessage(bot);
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && p.ActivityId == progressCopy.ActivityId && Texts(p.Body).Contains("1 of 30 accepted", StringComparison.Ordinal))))
            .Should().BeTrue("the owner's progress card (the card the lead pressed Send on) follows the acceptance. " + bot.Failures);
        Texts(progress).Should().Contain("of 30 accepted");
        bot.Connector.Posted.Should().NotContain(p => !p.IsUpdate && p.ConversationId == Person.Tomas.Conversation && Texts(p.Body).Contains("📊 Campaign 1", StringComparison.Ordinal),
            "a second progress card would leave the first one stale");

        var again = await bot.PressAsync(Person.Alex, "attest.accept", new { campaign = 1 });

        again.GetProperty("statusCode").GetInt32().Should().Be(200);
        Texts(Card(again)).Should().Contain("accepted");
        await bot.WaitForOutboxDrainedAsync();
        var evidence = await bot.WithDbAsync(db => db.Set<PolicyAcceptance>().AsNoTracking().ToListAsync());
        evidence.Should().ContainSingle("a double click records nothing more").Which.Should().Match<PolicyAcceptance>(a =>
            a.UserId == Person.Alex.AadObjectId && a.PolicyId == "acceptable-use" && a.PolicyVersion == "3.0" && a.CampaignNumber == 1);
        (await bot.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "accepted"))).Should().Be(1);
        bot.Connector.Posted.Should().NotContain(p => Texts(p.Body).Contains("2 of 30 accepted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForwardedCard_PressedByANonMember_Gets404AndRecordsNothing()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));

        // Diego is not in the group: the card's data is the same as the one forwarded to him.
        var forwarded = await bot.PressAsync(Person.Diego, "attest.accept", new { campaign = 1 });
        var read = await bot.PressAsync(Person.Diego, "attest.read", new { campaign = 1 });
        var missing = await bot.PressAsync(Person.Diego, "attest.accept", new { campaign = 99 });

        forwarded.GetProperty("statusCode").GetInt32().Should().Be(404, forwarded.ToString());
        read.GetProperty("statusCode").GetInt32().Should().Be(404, read.ToString());
        forwarded.GetProperty("value").GetProperty("message").GetString().Should().Be(
            missing.GetProperty("value").GetProperty("message").GetString()!.Replace("99", "1", StringComparison.Ordinal),
            "a campaign that does not ask you answers like one that does not exist");
        (await bot.WithDbAsync(db => db.Set<PolicyAcceptance>().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task IHaveAQuestion_ReachesTheOwnerEscapedAndTheCardStillWaits()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        var card = await bot.WaitForCardAsync(Person.Isaiah, AskHeading);

        var asked = await bot.PressAsync(Person.Isaiah, "attest.question",
            new { campaign = ActionData(card, "Send to the policy team").GetProperty("campaign").GetInt32(), question = "Does rule 4 cover my **personal** phone?" });

        asked.GetProperty("statusCode").GetInt32().Should().Be(200, asked.ToString());
        asked.GetProperty("value").GetString().Should().Contain("Tomas Herrera");
        var question = await bot.WaitForCardAsync(Person.Tomas, "has a question about Acceptable Use Policy");
        Texts(question).Should().Contain("Isaiah Langer").And.Contain("personal").And.Contain("version 3.0");
        (await bot.WithDbAsync(db => db.Set<PolicyAcceptance>().CountAsync())).Should().Be(0, "a question is not an acceptance");
    }
}
