using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Files;

namespace SecurityBot.FunctionalTests.Incidents;

public sealed class SqliteEvidenceTests() : EvidenceTests(DatabaseProvider.Sqlite);

public sealed class PostgresEvidenceTests() : EvidenceTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A reporter sends a file in their 1:1 chat, as Teams delivers it (a download-info attachment whose pre-authenticated
/// URL is served by a local HTTPS "OneDrive"): it is attached to their open report with its hash; responders get a
/// copy through the file consent flow, nobody else does; bad files are refused before anything is stored.
/// </summary>
public abstract class EvidenceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Phishing = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";
    private static readonly byte[] Screenshot = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5];
    private FakeUploadServer _oneDrive = null!;

    public async Task InitializeAsync() => _oneDrive = await FakeUploadServer.StartAsync();

    public async Task DisposeAsync() => await _oneDrive.DisposeAsync();

    [Fact]
    public async Task SendFile_OneOpenReport_AttachedWithItsHashFetchedWithoutCredentialsAndShownToResponders()
    {
        await using var bot = await StartReportedAsync();

        await SendAsync(bot, Person.Alex, "phish.png", _oneDrive.Serve(Screenshot));

        var answer = await bot.WaitForCardAsync(Person.Alex, "Evidence added");
        var sha = Convert.ToHexString(SHA256.HashData(Screenshot)).ToLowerInvariant();
        answer.GetRawText().Should().Contain("INC-000001").And.Contain(sha);
        _oneDrive.Downloads.Should().ContainSingle().Which.Authorization.Should().BeNull("the URL is the capability; no token goes with it");
        var incident = await bot.WithDbAsync(db => db.Set<Incident>().AsNoTracking().Include(i => i.Evidence).Include(i => i.Indicators).SingleAsync());
        incident.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(new { FileName = "phish.png", ContentType = "image/png", SizeInBytes = (long)Screenshot.Length, Sha256 = sha });
        incident.Indicators.Should().Contain(i => i.Kind == IndicatorKind.Sha256 && i.Value == sha);
        (await bot.WithDbAsync(db => db.Set<EvidenceContent>().SingleAsync())).Content.Should().Equal(Screenshot);
        await bot.WaitForOutboxDrainedAsync();
        bot.Connector.Posted.Should().Contain(p => p.IsUpdate && p.Body.Contains("Get a copy", StringComparison.Ordinal) && p.Body.Contains(sha, StringComparison.Ordinal),
            "every copy of the triage card is updated with the file");
    }

    [Fact]
    public async Task GetACopy_Responder_ConsentCardInTheir1To1ChatAndAudited_StrangerGetsNothing()
    {
        await using var bot = await StartReportedAsync();
        await SendAsync(bot, Person.Alex, "phish.png", _oneDrive.Serve(Screenshot));
        await bot.WaitForCardAsync(Person.Alex, "Evidence added");
        var evidence = await bot.WithDbAsync(db => db.Set<IncidentEvidence>().SingleAsync());
        var version = (await bot.IncidentAsync(1)).Version;
        var data = new { incident = "INC-000001", version, evidence = evidence.Id.ToString() };

        var forged = await bot.PressAsync(Person.Diego, "incident.evidence", data);
        forged.GetProperty("statusCode").GetInt32().Should().Be(404);
        (await bot.WithDbAsync(db => db.Set<FileOffer>().CountAsync())).Should().Be(0, "someone who may not triage gets no copy");

        var pressed = await bot.PressAsync(Person.Jin, "incident.evidence", data);
        pressed.GetProperty("statusCode").GetInt32().Should().Be(200, pressed.GetRawText());
        pressed.GetRawText().Should().Contain("waiting in your 1:1 chat");
        var offer = await bot.WithDbAsync(db => db.Set<FileOffer>().SingleAsync());
        offer.UserAadObjectId.Should().Be(Person.Jin.AadObjectId);
        offer.FileName.Should().Be("phish.png");
        (await bot.WithDbAsync(db => db.Set<SecurityBot.Platform.Audit.AuditEntry>().CountAsync(a => a.Action == "evidence-copied" && a.ActorId == Person.Jin.AadObjectId)))
            .Should().Be(1);
    }

    [Fact]
    public async Task SendFile_SameFileTwice_AttachedOnce()
    {
        await using var bot = await StartReportedAsync();

        await SendAsync(bot, Person.Alex, "phish.png", _oneDrive.Serve(Screenshot));
        await bot.WaitForCardAsync(Person.Alex, "Evidence added");
        await SendAsync(bot, Person.Alex, "again.png", _oneDrive.Serve(Screenshot));

        (await bot.WaitForCardAsync(Person.Alex, "Nothing was added")).GetRawText().Should().Contain("already attached");
        (await bot.WithDbAsync(db => db.Set<IncidentEvidence>().CountAsync())).Should().Be(1);
    }

    [Theory]
    [InlineData("payload.exe", "Files of this type")]
    [InlineData("../../etc/passwd.txt", "plain name")]
    public async Task SendFile_NameOrTypeRefused_NotEvenFetched(string name, string said)
    {
        await using var bot = await StartReportedAsync();

        await SendAsync(bot, Person.Alex, name, _oneDrive.Serve(Screenshot));

        (await bot.WaitForCardAsync(Person.Alex, "Nothing was added")).GetRawText().Should().Contain(said);
        _oneDrive.Downloads.Should().BeEmpty();
        (await bot.WithDbAsync(db => db.Set<IncidentEvidence>().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task SendFile_DownloadUrlOnAnotherHost_NothingFetchedOrStored()
    {
        await using var bot = await StartReportedAsync();

        await SendAsync(bot, Person.Alex, "phish.png", "https://169.254.169.254/latest/meta-data/");

        (await bot.WaitForCardAsync(Person.Alex, "Nothing was added")).GetRawText().Should().Contain("Attach it to the chat again");
        (await bot.WithDbAsync(db => db.Set<IncidentEvidence>().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task SendFile_LargerThanTheLimit_Refused()
    {
        await using var bot = await StartReportedAsync(new() { ["Incidents:Evidence:MaxBytes"] = "2048" });

        await SendAsync(bot, Person.Alex, "big.pdf", _oneDrive.Serve(new byte[4096]));

        (await bot.WaitForCardAsync(Person.Alex, "Nothing was added")).GetRawText().Should().Contain("larger than");
        (await bot.WithDbAsync(db => db.Set<IncidentEvidence>().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task SendFile_NoOpenReport_ToldToReportFirstAndNothingFetched()
    {
        await using var bot = await BotHarness.StartAsync(provider, settings: Settings(), uploads: _oneDrive);

        await SendAsync(bot, Person.Alex, "phish.png", _oneDrive.Serve(Screenshot));

        await bot.WaitForCardAsync(Person.Alex, "No open report to add this to");
        _oneDrive.Downloads.Should().BeEmpty();
    }

    [Fact]
    public async Task SendFile_NamingSomeoneElsesReport_RefusedAsNotFound()
    {
        await using var bot = await StartReportedAsync();

        await SendAsync(bot, Person.Diego, "phish.png", _oneDrive.Serve(Screenshot), "for INC-000001");

        (await bot.WaitForCardAsync(Person.Diego, "Nothing was added")).GetRawText().Should().Contain("You have no report INC-000001");
        (await bot.WithDbAsync(db => db.Set<IncidentEvidence>().CountAsync())).Should().Be(0);
    }

    private async Task<BotHarness> StartReportedAsync(Dictionary<string, string?>? settings = null)
    {
        var bot = await BotHarness.StartAsync(provider, settings: Settings(settings), uploads: _oneDrive);
        (await bot.SayAsync(Person.Jin, "help")).EnsureSuccessStatusCode();
        await bot.PressAsync(Person.Alex, "incident.submit",
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "", evidence = "", clicked = "false" });
        // The triage card goes out through the outbox; waiting for it means a file sent next updates that card
        // rather than racing its first send (which would then already carry the file).
        await bot.WaitForOutboxDrainedAsync();
        return bot;
    }

    private static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        // The local "OneDrive" is the only host files may be read from here.
        var settings = new Dictionary<string, string?> { ["Files:DownloadHosts:0"] = "127.0.0.1" };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task SendAsync(BotHarness bot, Person who, string name, string downloadUrl, string text = "")
    {
        using var response = await bot.PostAsync(who.Sends(bot.Activities.FileMessage(name, downloadUrl, text)), bot.ChannelToken);
        response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.Accepted], bot.Failures);
    }
}
