using System.Net;
using Microsoft.EntityFrameworkCore;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.FunctionalTests.Files;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Files;
using static SecurityBot.FunctionalTests.Attestation.AttestationJourney;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Attestation;

public sealed class SqliteAttestationExportTests() : AttestationExportTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationExportTests() : AttestationExportTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// "policy campaign export": the evidence for the auditor as a CSV file offered in the asker's own 1:1 chat (Teams'
/// file consent card), uploaded to their OneDrive when they allow it — only for security roles, never in a shared chat.
/// </summary>
public abstract class AttestationExportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private FakeUploadServer _oneDrive = null!;

    public async Task InitializeAsync() => _oneDrive = await FakeUploadServer.StartAsync();

    public async Task DisposeAsync() => await _oneDrive.DisposeAsync();

    [Fact]
    public async Task PolicyCampaignExport_ByTheLead_FileInTheirChatListsWhoAcceptedWhichVersion()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation, uploads: _oneDrive);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        await bot.PressAsync(Person.Alex, "attest.accept", new { campaign = 1 });

        (await bot.SayAsync(Person.Tomas, "policy campaign export")).EnsureSuccessStatusCode();
        var consent = await bot.WaitForAttachmentAsync(Person.Tomas, FileConsentCard.ContentType);
        using var allowed = await bot.AcceptAsync(Person.Tomas, consent, _oneDrive.NewSessionUrl());

        Texts((await bot.WaitForPostedTextAsync(Person.Tomas, "Export on its way")).Body).Should().Contain("30 people, 1 accepted");
        consent.GetProperty("name").GetString().Should().MatchRegex(@"^attestation-campaign-1-acceptable-use-3\.0-\d{4}-\d{2}-\d{2}\.csv$");
        allowed.StatusCode.Should().Be(HttpStatusCode.OK, bot.Failures);
        var rows = CsvCells.Parse(_oneDrive.Uploads.Should().ContainSingle().Subject.Body);
        rows.Should().HaveCount(31, "a header and the 30 people of the audience");
        rows.Should().ContainSingle(r => r[4] == "Alex Wilber").Which[..10].Should().Equal(
            "1", "acceptable-use", "Acceptable Use Policy", "3.0", "Alex Wilber", Person.Alex.AadObjectId, "Engineering", "accepted", rows.Single(r => r[4] == "Alex Wilber")[8], "1");
        rows.Single(r => r[4] == "Alex Wilber")[8].Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$");
        rows.Skip(1).Count(r => r[7] == "pending").Should().Be(29);
        (await bot.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == "exported" && e.ActorId == Person.Tomas.AadObjectId)))
            .Should().Be(1, "handing out evidence that names people is itself on the record");
    }

    [Fact]
    public async Task PolicyCampaignExport_TypedOrPressedByAMember_RefusedAndNoFileOffered()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation, uploads: _oneDrive);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));

        (await bot.SayAsync(Person.Isaiah, "policy campaign export 1")).EnsureSuccessStatusCode();
        var pressed = await bot.PressAsync(Person.Isaiah, "attest.export", new { campaign = 1 });

        Texts((await bot.WaitForPostedTextAsync(Person.Isaiah, "Not for you")).Body).Should().NotContain("accepted");
        pressed.GetProperty("statusCode").GetInt32().Should().Be(404, "a campaign someone may not read does not exist for them");
        await bot.WaitForOutboxDrainedAsync();
        (await bot.WithDbAsync(db => db.Set<FileOffer>().CountAsync())).Should().Be(0);
        FileOfferJourney.Attachments(bot.Connector, Person.Isaiah, FileConsentCard.ContentType).Should().BeEmpty();
    }

    [Fact]
    public async Task PolicyCampaignExport_NotANumber_RefusedAndNoFileOffered()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation, uploads: _oneDrive);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));

        (await bot.SayAsync(Person.Tomas, "policy campaign export 1x")).EnsureSuccessStatusCode();

        await bot.WaitForPostedTextAsync(Person.Tomas, "Not a campaign number");
        await bot.WaitForOutboxDrainedAsync();
        (await bot.WithDbAsync(db => db.Set<FileOffer>().CountAsync())).Should().Be(0, "a typo is not a request for the latest campaign");
    }

    [Fact]
    public async Task PolicyCampaignExport_TypedInAGroupChat_FileInTheLeadsPersonalChatOnlyAPointerInTheChat()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation, uploads: _oneDrive);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        await bot.WaitForOutboxDrainedAsync();
        var before = bot.Connector.Posted.Count;

        (await bot.SayInGroupChatAsync(Person.Tomas, "policy campaign export 1")).EnsureSuccessStatusCode();

        await bot.WaitForAttachmentAsync(Person.Tomas, FileConsentCard.ContentType);
        await bot.WaitForOutboxDrainedAsync();
        var shared = bot.Connector.Posted.Skip(before).Where(p => p.ConversationId != Person.Tomas.Conversation).ToList();
        shared.Should().ContainSingle().Which.Body.Should().Contain("private chat").And.NotContain("30 people").And.NotContain(FileConsentCard.ContentType);
    }

    [Fact]
    public async Task ExportCsvButton_OnTheProgressCard_AnswersInPlaceAndOffersTheFile()
    {
        await using var organisation = await GraphOrganisation.StartAsync();
        AddGroup(organisation);
        await using var bot = await BotHarness.StartAsync(provider, graph: organisation, uploads: _oneDrive);
        await bot.StartCampaignAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        var progress = await WaitForProgressCardAsync(bot, "Campaign 1:");
        var button = ActionData(progress, "Export CSV");

        var pressed = await bot.PressAsync(Person.Tomas, "attest.export", new { campaign = button.GetProperty("campaign").GetInt32() });

        pressed.GetProperty("statusCode").GetInt32().Should().Be(200, pressed.ToString());
        pressed.GetProperty("value").GetString().Should().Contain("1:1 chat");
        var consent = await bot.WaitForAttachmentAsync(Person.Tomas, FileConsentCard.ContentType);
        consent.GetProperty("content").GetProperty("sizeInBytes").GetInt64().Should().BeGreaterThan(0);
    }
}
