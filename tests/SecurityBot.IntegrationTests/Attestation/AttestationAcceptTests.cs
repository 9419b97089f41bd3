using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Attestation.Domain;
using SecurityBot.Cards;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Attestation;

public sealed class SqliteAttestationAcceptTests() : AttestationAcceptTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationAcceptTests() : AttestationAcceptTests(DatabaseProvider.PostgreSQL);

/// <summary>"I have read and accept" and "I have a question" on the real stores: evidence once, the receipt, the owner's card coalesced.</summary>
public abstract class AttestationAcceptTests(DatabaseProvider provider)
{
    private static readonly string Alex = AttestationOrganisation.Staff(4);

    [Fact]
    public async Task Accept_InTheAudience_RecordsOneAcceptanceOneAuditEntryAndAnswersWithTheReceipt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        host.AdvanceTo(AttestationTestHost.Start.AddMinutes(30));

        var response = await host.PressAsync(Alex, "attest.accept", """{"campaign":1}""");
        var again = await host.PressAsync(Alex, "attest.accept", """{"campaign":1}""");

        response.StatusCode.Should().Be(200);
        var receipt = ((AdaptiveCard)response.Value!).ToJson();
        receipt.Should().Contain("accepted").And.Contain(AttestationOrganisation.StaffName(4)).And.NotContain("I have read and accept");
        ((AdaptiveCard)again.Value!).ToJson().Should().Be(receipt, "a double click shows the same receipt");
        var acceptance = (await host.AcceptancesAsync()).Should().ContainSingle().Subject;
        acceptance.Should().BeEquivalentTo(new { PolicyId = "acceptable-use", PolicyVersion = "3.0", UserId = Alex, CampaignNumber = number, AcceptedAt = host.Now });
        var audit = (await host.AuditAsync()).Where(a => a.EntityType == PolicyAcceptance.EntityType).Should().ContainSingle().Subject;
        audit.EntityId.Should().Be($"acceptable-use@3.0:{Alex}");
        audit.Action.Should().Be("accepted");
        audit.ActorId.Should().Be(Alex);
        var member = (await host.MembersAsync()).Single(m => m.UserId == Alex);
        member.Status.Should().Be(MemberStatus.Accepted);
        member.AcceptedAt.Should().Be(host.Now);
        (await host.CardsAsync(number, "ask")).Single(m => m.RecipientAadObjectId == Alex).ActivityJson
            .Should().Contain("accepted").And.NotContain("I have read and accept", "the card not yet delivered goes out as the receipt");
    }

    [Fact]
    public async Task Accept_TwentyAtOnceByOnePerson_RecordTheEvidenceOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => host.AcceptAsync(number, Alex))));

        outcomes.Should().OnlyContain(o => o.Status == UseCaseStatus.Succeeded);
        outcomes.Count(o => o.Message.StartsWith("Thank you", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(1);
        (await host.AcceptancesAsync()).Should().ContainSingle();
        (await host.AuditAsync()).Where(a => a.EntityType == PolicyAcceptance.EntityType).Should().ContainSingle();
        (await host.MembersAsync()).Where(m => m.Status == MemberStatus.Accepted).Should().ContainSingle();
    }

    [Fact]
    public async Task Accept_NotInTheAudienceOrADraft_IsNotFoundAndRecordsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync(AttestationOrganisation.SmallGroup);
        await host.FireDueTimersAsync();
        var draft = await host.DraftAsync(AttestationTestHost.Tomas, AttestationOrganisation.StaffGroup);

        var outsider = await host.PressAsync(AttestationOrganisation.Staff(9), "attest.accept", $$"""{"campaign":{{number}}}""");
        var onDraft = await host.PressAsync(Alex, "attest.accept", $$"""{"campaign":{{draft.Campaign!.Number}}}""");
        var missing = await host.PressAsync(Alex, "attest.accept", """{"campaign":99}""");
        var read = await host.PressAsync(AttestationOrganisation.Staff(9), "attest.read", $$"""{"campaign":{{number}}}""");
        var question = await host.PressAsync(AttestationOrganisation.Staff(9), "attest.question", $$"""{"campaign":{{number}},"question":"Why?"}""");

        foreach (var response in new[] { outsider, onDraft, missing, read, question })
        {
            response.StatusCode.Should().Be(404);
        }

        (await host.AcceptancesAsync()).Should().BeEmpty();
        (await host.MembersAsync()).Should().OnlyContain(m => m.Status == MemberStatus.Pending);
    }

    [Fact]
    public async Task Accept_ManyWithinTheWindow_UpdateTheOwnersProgressCardOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        var campaign = await host.CampaignAsync(number);
        // The owner's progress card as the outbox delivered it to Tomas's chat: a copy the progress updates edit.
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICardCopyRecorder>().RecordAsync(campaign.Entity, campaign.Version,
                new CardLocation("a:tomas", "activity-progress", "https://smba.example.test/", AttestationTestHost.Tomas.Id), CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });
        var start = host.Now;

        for (var i = 1; i <= 12; i++)
        {
            host.AdvanceTo(start.AddMilliseconds(400 * i));
            (await host.AcceptAsync(number, AttestationOrganisation.Staff(i))).Status.Should().Be(UseCaseStatus.Succeeded);
            await host.FireDueTimersAsync();
        }

        (await Updates(host)).Should().BeEmpty("the update waits for the window to end");
        await host.MoveToAsync(start.AddSeconds(5.4));
        var first = (await Updates(host)).Should().ContainSingle("twelve acceptances in one window are one edit of the owner's card").Subject;
        first.ActivityJson.Should().Contain("12 of 25 accepted");
        first.RecipientAadObjectId.Should().Be(AttestationTestHost.Tomas.Id);

        await host.MoveToAsync(start.AddSeconds(20));
        (await host.AcceptAsync(number, AttestationOrganisation.Staff(13))).Status.Should().Be(UseCaseStatus.Succeeded);
        await host.MoveToAsync(start.AddSeconds(30));
        (await Updates(host)).Should().HaveCount(2).And.Contain(m => m.ActivityJson.Contains("13 of 25 accepted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Question_FromTheAudience_ReachesTheOwnerEscapedAndChangesNoAcceptance()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        const string Text = "Does **2.2** apply to [shared](https://evil.example) accounts? <at>everyone</at>";

        var asked = await host.PressAsync(Alex, "attest.question", $$"""{"campaign":{{number}},"question":"{{Text}}"}""");
        var empty = await host.PressAsync(Alex, "attest.question", $$"""{"campaign":{{number}},"question":"   "}""");

        asked.StatusCode.Should().Be(200);
        empty.StatusCode.Should().Be(400);
        var card = (await host.CardsAsync(number, "question")).Should().ContainSingle().Subject;
        card.RecipientAadObjectId.Should().Be(DemoPeople.TomasLead.Id, "the campaign's owner answers for the policy");
        card.ActivityJson.Should().Contain(@"\\*\\*2.2\\*\\*").And.Contain(@"\\[shared\\]").And.NotContain("**2.2**").And.NotContain("https://evil");
        card.ActivityJson.Should().Contain(AttestationOrganisation.StaffName(4));
        (await host.AuditAsync()).Where(a => a.Action == "question").Should().ContainSingle().Which.Details.Should().NotContain("shared");
        (await host.MembersAsync()).Single(m => m.UserId == Alex).Should().BeEquivalentTo(new { Status = MemberStatus.Pending, Questions = 1 });
        (await host.AcceptancesAsync()).Should().BeEmpty();
    }

    private static async Task<List<OutboxMessage>> Updates(AttestationTestHost host) =>
        [.. (await host.OutboxAsync()).Where(m => m.Kind == NotificationKind.UpdateCardCopy && m.EntityType == AttestationCampaign.EntityType)];
}
