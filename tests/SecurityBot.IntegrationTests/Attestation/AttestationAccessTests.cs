using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Attestation;

public sealed class SqliteAttestationAccessTests() : AttestationAccessTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationAccessTests() : AttestationAccessTests(DatabaseProvider.PostgreSQL);

/// <summary>Who may draft, send and read a campaign, and the limits a draft is held to, through the real handlers.</summary>
public abstract class AttestationAccessTests(DatabaseProvider provider)
{
    private static readonly string Staffer = AttestationOrganisation.Staff(4);

    [Fact]
    public async Task NotASecurityRole_CannotDraftAndCannotReadAStatus()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();

        var draft = await host.DraftAsync(AttestationTestHost.Actor(Staffer), AttestationOrganisation.StaffGroup);
        var preview = await host.PressAsync(Staffer, "attest.preview",
            $$"""{"policy":"acceptable-use","audienceKind":"group","audienceValue":"{{AttestationOrganisation.StaffGroup}}","due":"2026-03-13"}""");
        var status = await host.PressAsync(Staffer, "attest.status", $$"""{"campaign":{{number}}}""");
        var missing = await host.PressAsync(Staffer, "attest.status", """{"campaign":99}""");
        var send = await host.PressAsync(AttestationOrganisation.Megan, "attest.send", $$"""{"campaign":{{number}}}""");
        var read = await host.InScopeAsync(sp => sp.GetRequiredService<CampaignReader>().ReadAsync(null, Staffer, CancellationToken.None));

        draft.Status.Should().Be(UseCaseStatus.Forbidden);
        preview.StatusCode.Should().Be(403);
        status.StatusCode.Should().Be(404, "a campaign someone may not see does not exist for them");
        missing.StatusCode.Should().Be(404);
        send.StatusCode.Should().Be(404);
        read.Status.Should().Be(UseCaseStatus.Forbidden);
        (await host.FindCampaignAsync(2)).Should().BeNull("no draft was stored for them");
    }

    [Fact]
    public async Task SecurityRoles_ReadTheStatusAndOnlyTheOwnerSends()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var draft = await host.DraftAsync(AttestationTestHost.Tomas, AttestationOrganisation.StaffGroup);
        var number = draft.Campaign!.Number;

        var byJin = await host.PressAsync(DemoPeople.Jin.Id, "attest.send", $$"""{"campaign":{{number}}}""");
        var statusByCso = await host.PressAsync(DemoPeople.PriyaCso.Id, "attest.status", $$"""{"campaign":{{number}}}""");
        var byTomas = await host.PressAsync(DemoPeople.TomasLead.Id, "attest.send", $$"""{"campaign":{{number}}}""");

        byJin.StatusCode.Should().Be(400);
        ((InvokeError)byJin.Value!).Message.Should().Be($"Campaign {number} is Tomas Herrera's to send.");
        statusByCso.StatusCode.Should().Be(200);
        byTomas.StatusCode.Should().Be(200);
        (await host.CampaignAsync(number)).Status.Should().Be(CampaignStatus.Active);
    }

    [Fact]
    public async Task Draft_AudienceLargerThanMaxAudience_IsRefusedOnTheAudienceField()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database, settings: new Dictionary<string, string?> { ["Attestation:MaxAudience"] = "24" });

        var tooMany = await host.DraftAsync(AttestationTestHost.Tomas, AttestationOrganisation.StaffGroup);
        var department = await host.DraftAsync(AttestationTestHost.Tomas, "Sales", AudienceKind.Department);

        tooMany.Status.Should().Be(UseCaseStatus.Invalid);
        tooMany.Errors.Should().ContainSingle().Which.Should().Be(new FieldError("audienceValue", "25 people is more than one campaign may ask (24)."));
        department.Succeeded.Should().BeTrue("a smaller audience is fine");
        department.Campaign!.AudienceLabel.Should().Be("Department Sales");
        department.Campaign.AudienceSize.Should().Be(9);
        (await host.FindCampaignAsync(2)).Should().BeNull("the refused draft took no number");
    }

    [Fact]
    public async Task Draft_NobodyInTheAudienceOrADueDateInThePast_IsRefusedOnItsField()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);

        var empty = await host.DraftAsync(AttestationTestHost.Tomas, "00000000-0000-4000-8000-00000000dead");
        var past = await host.DraftAsync(AttestationTestHost.Tomas, AttestationOrganisation.StaffGroup, due: new DateOnly(2026, 3, 2));
        var form = await host.PressAsync(DemoPeople.TomasLead.Id, "attest.preview",
            $$"""{"policy":"acceptable-use","audienceKind":"everyone","due":"2026-02-30"}""");

        empty.Errors.Should().ContainSingle().Which.Field.Should().Be("audienceValue");
        empty.Message.Should().StartWith("Nobody is in Group 00000000-0000-4000-8000-00000000dead");
        past.Errors.Should().ContainSingle().Which.Field.Should().Be("due");
        form.StatusCode.Should().Be(200, "the form comes back with the error");
        ((SecurityBot.Cards.AdaptiveCard)form.Value!).ToJson().Should().Contain("yyyy-MM-dd");
        (await host.FindCampaignAsync(1)).Should().BeNull();
    }
}
