using System.Net;
using System.Text.Json;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Persistence;
using Microsoft.Extensions.Logging;
using SecurityBot.Testing.Files;
using SecurityBot.Testing.Logging;
using SecurityBot.Testing.Time;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Files;

public sealed class SqliteFileOfferFlowTests() : FileOfferFlowTests(DatabaseProvider.Sqlite);

public sealed class PostgresFileOfferFlowTests() : FileOfferFlowTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A file sent privately the Teams way, end to end: the consent card reaches the person's 1:1 chat, Teams' real
/// fileConsent/invoke comes back, the bytes go to a local HTTPS upload session (OneDrive) and the file's card follows.
/// </summary>
public abstract class FileOfferFlowTests(DatabaseProvider provider) : IAsyncLifetime
{
    private FakeUploadServer _oneDrive = null!;

    public async Task InitializeAsync() => _oneDrive = await FakeUploadServer.StartAsync();

    public async Task DisposeAsync() => await _oneDrive.DisposeAsync();

    [Fact]
    public async Task Accept_Owner_UploadsExactlyTheBytesWithContentRangeAndPostsTheFileCard()
    {
        var logs = new CapturingLoggerProvider();
        await using var bot = await StartAsync(logs: logs);
        var csv = FileOfferJourney.Csv(10_000);
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", csv);

        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType);
        consent.GetProperty("name").GetString().Should().Be("attestations.csv");
        var content = consent.GetProperty("content");
        content.GetProperty("sizeInBytes").GetInt64().Should().Be(csv.Length);
        content.GetProperty("description").GetString().Should().Contain("policy version");
        foreach (var context in new[] { content.GetProperty("acceptContext"), content.GetProperty("declineContext") })
        {
            context.EnumerateObject().Select(p => p.Name).Should().Equal(["offerId"], "the card carries the offer's id and nothing else");
            context.GetProperty("offerId").GetString().Should().Be(id).And.HaveLength(43, "256 random bits, not a sequence");
        }

        var sessionUrl = _oneDrive.NewSessionUrl();
        using var accepted = await bot.AcceptAsync(Person.Alex, consent, sessionUrl);

        accepted.StatusCode.Should().Be(HttpStatusCode.OK, bot.Failures);
        var upload = _oneDrive.Uploads.Should().ContainSingle().Subject;
        upload.Path.Should().Be(new Uri(sessionUrl).AbsolutePath);
        upload.Body.Should().Equal(csv);
        upload.ContentLength.Should().Be(csv.Length);
        upload.ContentRange.Should().Be($"bytes 0-{csv.Length - 1}/{csv.Length}");
        upload.Authorization.Should().BeNull("the upload URL is the capability; OneDrive may refuse a bearer token");
        var file = await bot.WaitForAttachmentAsync(Person.Alex, FileInfoCard.ContentType);
        file.GetProperty("contentUrl").GetString().Should().EndWith("/SecurityBot/attestations.csv");
        file.GetProperty("name").GetString().Should().Be("attestations.csv");
        file.GetProperty("content").GetProperty("uniqueId").GetString().Should().Be("1150D938-8870-4044-9F2C-5BBDEBA70C8C");
        file.GetProperty("content").GetProperty("fileType").GetString().Should().Be("csv");
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && p.ConversationId == Person.Alex.Conversation && Texts(p.Body).Contains("File sent", StringComparison.Ordinal))))
            .Should().BeTrue("the consent card is replaced, so nobody presses a dead button");
        var offer = await bot.OfferAsync(id);
        offer.Status.Should().Be(FileOfferStatus.Uploaded);
        offer.Content.Should().BeNull("the bytes are not kept once they are in the person's OneDrive");
        offer.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(csv)));
        logs.Entries.Should().Contain(e => e.Message.Contains("Uploaded a file", StringComparison.Ordinal), "the capture sees the host's Debug and up");
        logs.Entries.Should().NotContain(e => e.ToString().Contains(new Uri(sessionUrl).AbsolutePath, StringComparison.Ordinal),
            "the upload URL is a bearer capability: not logged at any captured level (Debug and up)");
    }

    [Fact]
    public async Task Decline_Owner_MarksDeclinedDeletesTheBytesAndUploadsNothing()
    {
        await using var bot = await StartAsync();
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", FileOfferJourney.Csv(10));
        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType);

        using var declined = await bot.DeclineAsync(Person.Alex, consent);

        declined.StatusCode.Should().Be(HttpStatusCode.OK, bot.Failures);
        var offer = await bot.OfferAsync(id);
        offer.Status.Should().Be(FileOfferStatus.Declined);
        offer.Content.Should().BeNull();
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && Texts(p.Body).Contains("File declined", StringComparison.Ordinal)))).Should().BeTrue();
        using var lateAccept = await bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl());
        lateAccept.StatusCode.Should().Be(HttpStatusCode.Gone);
        _oneDrive.Uploads.Should().BeEmpty();
        FileOfferJourney.Attachments(bot.Connector, Person.Alex, FileInfoCard.ContentType).Should().BeEmpty();
    }

    [Fact]
    public async Task Accept_SomeoneElse_AnswersNotFoundAndUploadsNothing()
    {
        await using var bot = await StartAsync();
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", FileOfferJourney.Csv(10));
        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType);

        using var stolen = await bot.AcceptAsync(Person.Megan, consent, _oneDrive.NewSessionUrl());
        using var declinedByStranger = await bot.DeclineAsync(Person.Megan, consent);

        stolen.StatusCode.Should().Be(HttpStatusCode.NotFound);
        declinedByStranger.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _oneDrive.Uploads.Should().BeEmpty();
        var offer = await bot.OfferAsync(id);
        offer.Status.Should().Be(FileOfferStatus.Offered, "a stranger's press changes nothing");
        offer.Content.Should().NotBeNull();
        FileOfferJourney.Attachments(bot.Connector, Person.Megan, FileInfoCard.ContentType).Should().BeEmpty();
    }

    [Fact]
    public async Task Accept_NoUploadSessionPlainHttpOrUnknownOffer_IsRefusedAndNothingIsSent()
    {
        await using var bot = await StartAsync();
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", FileOfferJourney.Csv(10));
        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType);
        var context = consent.GetProperty("content").GetProperty("acceptContext");

        using var noSession = await bot.AnswerConsentAsync(Person.Alex, FileConsentCardResponse.Accept, context);
        using var plainHttp = await bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl().Replace("https://", "http://", StringComparison.Ordinal));
        using var unknown = await bot.AnswerConsentAsync(Person.Alex, FileConsentCardResponse.Accept, JsonSerializer.SerializeToElement(new { offerId = "not-an-offer" }), _oneDrive.NewSessionUrl());
        using var noContext = await bot.AnswerConsentAsync(Person.Alex, FileConsentCardResponse.Decline, JsonSerializer.SerializeToElement(new { }));

        noSession.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        plainHttp.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the bytes never travel unencrypted");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        noContext.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _oneDrive.Uploads.Should().BeEmpty();
        var offer = await bot.OfferAsync(id);
        offer.Status.Should().Be(FileOfferStatus.Offered, "a refused accept leaves the offer open");
        offer.Content.Should().NotBeNull();
    }

    [Fact]
    public async Task Accept_TwiceAtOnceThenAgain_UploadsOnceAndPostsOneFileCard()
    {
        await using var bot = await StartAsync();
        var csv = FileOfferJourney.Csv(2_000);
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", csv);
        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType);

        var both = await Task.WhenAll(bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl()), bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl()));
        using var again = await bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl());

        both.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK, bot.Failures);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        _oneDrive.Uploads.Should().ContainSingle().Which.Body.Should().Equal(csv);
        await bot.WaitForAttachmentAsync(Person.Alex, FileInfoCard.ContentType);
        await bot.WaitForOutboxDrainedAsync();
        FileOfferJourney.Attachments(bot.Connector, Person.Alex, FileInfoCard.ContentType).Should().ContainSingle();
        (await bot.OfferAsync(id)).Status.Should().Be(FileOfferStatus.Uploaded);
        foreach (var response in both)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Accept_UploadFails_SaysSoAndTheNextAcceptUploads()
    {
        await using var bot = await StartAsync();
        var csv = FileOfferJourney.Csv(10);
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", csv);
        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType);
        _oneDrive.FailNext(1);

        using var failed = await bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl());

        failed.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        await bot.WaitForCardAsync(Person.Alex, "Upload failed");
        (await bot.OfferAsync(id)).Status.Should().Be(FileOfferStatus.Offered, "the hold is released so the person can try again");
        using var retried = await bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl());
        retried.StatusCode.Should().Be(HttpStatusCode.OK, bot.Failures);
        _oneDrive.Uploads.Should().HaveCount(2).And.OnlyContain(u => u.Body.SequenceEqual(csv));
        await bot.WaitForAttachmentAsync(Person.Alex, FileInfoCard.ContentType);
    }

    [Fact]
    public async Task Accept_AfterTheLifetime_AnswersExpiredUploadsNothingAndTheBytesAreGone()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        // Pollers at their slowest: a manual clock fires every poll on the way when it moves.
        await using var bot = await StartAsync(clock, new Dictionary<string, string?>
        {
            ["Files:OfferLifetime"] = "00:05:00",
            ["Timers:PollIntervalMilliseconds"] = "1000",
            ["Outbox:PollIntervalMilliseconds"] = "1000",
        });
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", FileOfferJourney.Csv(10));
        var consent = await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType, clock);

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var late = await bot.AcceptAsync(Person.Alex, consent, _oneDrive.NewSessionUrl());

        late.StatusCode.Should().Be(HttpStatusCode.Gone, bot.Failures);
        Texts(await late.Content.ReadAsStringAsync()).Should().Contain("expired");
        (await bot.EventuallyAsync(c => c.Posted.Any(p => !p.IsUpdate && Texts(p.Body).Contains("File offer expired", StringComparison.Ordinal)), clock))
            .Should().BeTrue("the person is told in the chat, not only in the invoke's answer");
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && Texts(p.Body).Contains("File offer expired", StringComparison.Ordinal)), clock))
            .Should().BeTrue("the consent card itself says it expired");
        _oneDrive.Uploads.Should().BeEmpty();
        var offer = await bot.OfferAsync(id);
        offer.Status.Should().Be(FileOfferStatus.Expired);
        offer.Content.Should().BeNull();
    }

    [Fact]
    public async Task Lifetime_Passes_TheTimerExpiresTheOfferAndReplacesItsCard()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await StartAsync(clock, new Dictionary<string, string?>
        {
            ["Files:OfferLifetime"] = "00:05:00",
            ["Timers:PollIntervalMilliseconds"] = "1000",
            ["Outbox:PollIntervalMilliseconds"] = "1000",
        });
        var id = await bot.OfferFileAsync(Person.Alex, "attestations.csv", FileOfferJourney.Csv(10));
        await bot.WaitForAttachmentAsync(Person.Alex, FileConsentCard.ContentType, clock);

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && Texts(p.Body).Contains("File offer expired", StringComparison.Ordinal)), clock))
            .Should().BeTrue("the expiry timer replaces the consent card");
        var offer = await bot.OfferAsync(id);
        offer.Status.Should().Be(FileOfferStatus.Expired);
        offer.Content.Should().BeNull("nothing is kept past the lifetime");
    }

    private async Task<BotHarness> StartAsync(ManualTimeProvider? clock = null, Dictionary<string, string?>? settings = null, CapturingLoggerProvider? logs = null)
    {
        var bot = await BotHarness.StartAsync(provider, clock: clock, settings: settings, logs: logs, logsFrom: LogLevel.Debug, uploads: _oneDrive);
        // Alex opens his chat with the bot first: the outbox reaches him through the reference this records.
        (await bot.SayAsync(Person.Alex, "help")).EnsureSuccessStatusCode();
        return bot;
    }
}
