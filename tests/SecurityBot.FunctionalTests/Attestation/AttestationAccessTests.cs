using Microsoft.EntityFrameworkCore;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Persistence;
using static SecurityBot.FunctionalTests.Attestation.AttestationJourney;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Attestation;

public sealed class SqliteAttestationAccessTests() : AttestationAccessTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationAccessTests() : AttestationAccessTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Who may run a campaign and where its progress is shown: an employee is refused whether they type the command or
/// forge the form's button; the lead's status asked in a group chat goes to their 1:1 chat, the chat gets a pointer.
/// </summary>
public abstract class AttestationAccessTests(DatabaseProvider provider)
{
    private const string GroupChat = "19:meeting-planning-chat@thread.v2";

    [Fact]
    public async Task PolicyCampaign_TypedOrForgedByAnEmployee_IsRefusedAndNothingIsDrafted()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation);

        (await bot.SayAsync(Person.Alex, "policy campaign")).EnsureSuccessStatusCode();
        var refusal = await bot.WaitForPostedTextAsync(Person.Alex, "Not for you");
        var forged = await bot.PressAsync(Person.Alex, "attest.preview", Form(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10)));

        Texts(refusal.Body).Should().Contain("run by the security team").And.NotContain("Start a policy attestation campaign");
        forged.GetProperty("statusCode").GetInt32().Should().Be(403, forged.ToString());
        (await bot.WithDbAsync(db => db.Set<AttestationCampaign>().CountAsync())).Should().Be(0);
        organisation.Graph.Requests.Should().NotContain(r => r.PathAndQuery.Contains("transitiveMembers", StringComparison.Ordinal) && r.PathAndQuery.Contains(GroupId, StringComparison.Ordinal),
            "a refused request does not even count the audience");
    }

    [Fact]
    public async Task PolicyCampaignStatus_InAGroupChat_PointerThereProgressInTheLeadsPersonalChat()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        await bot.PressAsync(Person.Alex, "attest.accept", new { campaign = 1 });
        await bot.WaitForOutboxDrainedAsync();
        var before = bot.Connector.Posted.Count;

        (await bot.SayInGroupChatAsync(Person.Tomas, "policy campaign status 1")).EnsureSuccessStatusCode();

        (await bot.EventuallyAsync(c => c.Posted.Skip(before).Any(p => !p.IsUpdate && p.ConversationId == Person.Tomas.Conversation
                                                                      && Texts(p.Body).Contains("1 of 30 accepted", StringComparison.Ordinal))))
            .Should().BeTrue("the progress goes to the lead's 1:1 chat. " + bot.Failures);
        var shared = bot.Connector.Posted.Where(p => p.ConversationId == GroupChat).ToList();
        shared.Should().ContainSingle().Which.Body.Should().Contain("private chat");
        shared[0].Body.Should().NotContain("accepted").And.NotContain("Alex Wilber").And.NotContain("Overdue");
    }

    [Fact]
    public async Task PolicyCampaignStatus_AskedByAMember_AnswersLikeNoCampaign()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));

        var status = await bot.PressAsync(Person.Alex, "attest.status", new { campaign = 1 });
        (await bot.SayAsync(Person.Isaiah, "policy campaign status 1")).EnsureSuccessStatusCode();

        status.GetProperty("statusCode").GetInt32().Should().Be(404, "the progress names people: only security roles read it");
        Texts((await bot.WaitForPostedTextAsync(Person.Isaiah, "Not for you")).Body).Should().NotContain("of 30 accepted");
    }
}
