using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Cards;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform.Persistence;
using static SecurityBot.IntegrationTests.Attestation.ReattestationHost;

namespace SecurityBot.IntegrationTests.Attestation;

public sealed class SqliteReattestationTests() : ReattestationTests(DatabaseProvider.Sqlite);

public sealed class PostgresReattestationTests() : ReattestationTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A new version in the policy folder offers the last campaign's owner a re-attestation once, whatever the runs and
/// instances; "Draft re-attestation" fills the form in, and the draft and every card it sends show what changed.
/// </summary>
public abstract class ReattestationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly string _folder = NewPolicyFolder();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task CheckVersions_NewVersionOfAnAttestedPolicy_OneOfferToTheOwnerAcrossTwoRunsAndTwoInstances()
    {
        await using var a = await CreateAsync(_database, _folder);
        await using var b = await CreateAsync(_database, _folder);
        var campaign = await a.SendCampaignAsync();
        (await a.CheckVersionsAsync()).Should().Be(0, "the library still has the version people accepted");

        NewVersions();
        a.ReloadPolicies();
        b.ReloadPolicies();
        var made = await Task.WhenAll(a.CheckVersionsAsync(), b.CheckVersionsAsync());
        made.Sum().Should().Be(1, "the offer's unique key lets one instance make it");
        (await a.CheckVersionsAsync()).Should().Be(0);
        (await b.CheckVersionsAsync()).Should().Be(0);
        a.Logs.Entries.Concat(b.Logs.Entries).Should().NotContain(e => e.Level >= LogLevel.Error, "losing the race to the other instance is expected, not a fault");

        var offer = (await a.OffersAsync()).Should().ContainSingle().Subject;
        offer.PolicyId.Should().Be("acceptable-use", "encryption changed too, but nobody attested it");
        offer.Version.Should().Be("3.1");
        offer.PreviousVersion.Should().Be("3.0");
        offer.FromCampaign.Should().Be(campaign.Number);
        offer.OwnerId.Should().Be(TomasLead);
        var message = (await a.OfferMessagesAsync()).Should().ContainSingle().Subject;
        message.RecipientAadObjectId.Should().Be(TomasLead);
        var card = CardText(message.ActivityJson);
        card.Should().Contain("3.0 → 3.1").And.Contain("2.3 Lock your screen** — changed").And.Contain("2.4 Report a lost device** — added")
            .And.Contain("attest.reattest").And.Contain("What changed").And.Contain("even when you step away for a second");
    }

    [Fact]
    public async Task CheckVersions_UnattestedOrOnlyDraftedPolicies_NoOffer()
    {
        await using var h = await CreateAsync(_database, _folder);
        (await h.DraftAsync(new CampaignRequest("acceptable-use", AudienceKind.Department, "Finance", h.Today.AddDays(10), null))).Succeeded.Should().BeTrue();

        NewVersions();
        h.ReloadPolicies();

        (await h.CheckVersionsAsync()).Should().Be(0, "a draft asked nobody, and nobody attested encryption");
        (await h.OffersAsync()).Should().BeEmpty();
        (await h.OfferMessagesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task DraftReattestation_FromTheOffer_FormPrefilledAndTheDraftAndEveryAskCardShowWhatChanged()
    {
        await using var h = await CreateAsync(_database, _folder);
        var first = await h.SendCampaignAsync();
        NewVersions();
        h.ReloadPolicies();
        (await h.CheckVersionsAsync()).Should().Be(1);

        var pressed = await h.PressAsync(TomasLead, AttestationVerbs.Reattest, """{"policy":"acceptable-use","version":"3.1"}""");
        var form = pressed.Value.Should().BeOfType<AdaptiveCard>().Subject;
        var formJson = form.ToJson();
        formJson.Should().Contain("\"value\":\"acceptable-use\"").And.Contain("\"value\":\"department\"").And.Contain("\"value\":\"Finance\"")
            .And.Contain($"\"value\":\"{h.Today.AddDays(14):yyyy-MM-dd}\"")
            .And.Contain("What changed: 2.3 Lock your screen, 2.4 Report a lost device (added).");

        var confirm = await h.PressAsync(TomasLead, AttestationVerbs.Preview, FormSubmission.Of(form, "Next: count the audience"));
        var confirmText = CardText(confirm.Value.Should().BeOfType<AdaptiveCard>().Subject.ToJson());
        confirmText.Should().Contain("since version 3.0; changed: 2.3, 2.4");
        var draft = await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AttestationCampaign>().AsNoTracking().SingleAsync(c => c.Number != first.Number));
        draft.Status.Should().Be(CampaignStatus.Draft);
        draft.PolicyVersion.Should().Be("3.1");
        draft.PreviousVersion.Should().Be("3.0");
        draft.ChangedSections.Should().Be("2.3, 2.4");
        draft.AudienceKind.Should().Be(AudienceKind.Department);
        draft.AudienceValue.Should().Be("Finance");
        draft.DueOn.Should().Be(h.Today.AddDays(14));

        var sent = await h.PressAsync(TomasLead, AttestationVerbs.Send, $$"""{"campaign":{{draft.Number}}}""");
        sent.StatusCode.Should().Be(200);
        await h.FireDueTimersAsync();
        var asks = (await h.OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith($"attest:{draft.Number}:", StringComparison.Ordinal) && m.RecipientAadObjectId != TomasLead).ToList();
        asks.Should().HaveCount(2, "Finance has two people");
        asks.Should().OnlyContain(m => CardText(m.ActivityJson).Contains("What changed since version 3.0:** sections 2.3, 2.4.", StringComparison.Ordinal));
        (await h.CheckVersionsAsync()).Should().Be(0, "the re-attestation asked the current version");
    }

    [Fact]
    public async Task DraftReattestation_PolicyChangedAgain_SaysSoDraftsNothingAndTheNewVersionIsOffered()
    {
        await using var h = await CreateAsync(_database, _folder);
        await h.SendCampaignAsync();
        NewVersions();
        h.ReloadPolicies();
        (await h.CheckVersionsAsync()).Should().Be(1);
        RewritePolicy(_folder, "acceptable-use", "3.1", "3.2");
        h.ReloadPolicies();

        var pressed = await h.PressAsync(TomasLead, AttestationVerbs.Reattest, """{"policy":"acceptable-use","version":"3.1"}""");

        pressed.Type.Should().Be(AdaptiveCardContentTypes.Message);
        pressed.Value.Should().BeOfType<string>().Which.Should().Contain("changed again").And.Contain("version 3.2").And.Contain("offer for version 3.2");
        (await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AttestationCampaign>().CountAsync())).Should().Be(1);
        (await h.CheckVersionsAsync()).Should().Be(1);
        (await h.OffersAsync()).Select(o => o.Version).Should().BeEquivalentTo(["3.1", "3.2"]);
    }

    [Fact]
    public async Task DraftReattestation_NotASecurityRoleOrNotOffered_Refused()
    {
        await using var h = await CreateAsync(_database, _folder);
        await h.SendCampaignAsync();
        NewVersions();
        h.ReloadPolicies();
        await h.CheckVersionsAsync();

        (await h.PressAsync(Alex, AttestationVerbs.Reattest, """{"policy":"acceptable-use","version":"3.1"}""")).StatusCode.Should().Be(403);
        (await h.PressAsync(TomasLead, AttestationVerbs.Reattest, """{"policy":"encryption","version":"9.9"}""")).StatusCode.Should().Be(404);
        (await h.PressAsync(TomasLead, AttestationVerbs.Reattest, """{"policy":["acceptable-use"]}""")).StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task Draft_ReattestNamingAnotherPolicysOrAMissingCampaign_FieldErrorAndNoDraft()
    {
        await using var h = await CreateAsync(_database, _folder);
        var first = await h.SendCampaignAsync();
        NewVersions();
        h.ReloadPolicies();

        var otherPolicy = await h.DraftAsync(new CampaignRequest("encryption", AudienceKind.Department, "Finance", h.Today.AddDays(10), null, first.Number));
        var missing = await h.DraftAsync(new CampaignRequest("acceptable-use", AudienceKind.Department, "Finance", h.Today.AddDays(10), null, 99));

        foreach (var outcome in new[] { otherPolicy, missing })
        {
            outcome.Status.Should().Be(Platform.Results.UseCaseStatus.Invalid);
            outcome.Errors.Should().ContainSingle(e => e.Field == "policy" && e.Message.Contains("earlier sent campaign of the same policy"));
        }

        (await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AttestationCampaign>().CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task Watcher_CheckFailsWhileTheDatabaseCannotAnswer_LoggedAndTheNextPeriodOffers()
    {
        await using var h = await CreateAsync(_database, _folder);
        await h.SendCampaignAsync();
        NewVersions();
        h.ReloadPolicies();
        await h.ExecuteSqlAsync("""ALTER TABLE "AttestationReattestationOffers" RENAME TO "OffersAway" """);
        var watcher = h.Services.GetServices<IHostedService>().OfType<ReattestationWatcher>().Single();
        using var stop = new CancellationTokenSource();

        await watcher.StartAsync(stop.Token);
        await Eventually.HoldsAsync(() => Task.FromResult(h.Logs.Entries.Any(e => e.Level == LogLevel.Error && e.Category.EndsWith(nameof(ReattestationWatcher), StringComparison.Ordinal))),
            "the failed check is logged");
        watcher.ExecuteTask!.IsCompleted.Should().BeFalse("a failed check never ends the service");
        await h.ExecuteSqlAsync("""ALTER TABLE "OffersAway" RENAME TO "AttestationReattestationOffers" """);
        await h.Clock.WaitForTimerAsync(_ => true);
        h.Clock.Advance(TimeSpan.FromSeconds(VersionCheckSeconds));
        await Eventually.HoldsAsync(async () => (await h.OffersAsync()).Count == 1, "the next period's check makes the offer");

        await stop.CancelAsync();
        await watcher.StopAsync(CancellationToken.None);
        watcher.ExecuteTask.IsCompletedSuccessfully.Should().BeTrue("the stopping token ends the loop quietly");
        (await h.OfferMessagesAsync()).Should().ContainSingle();
    }

    /// <summary>Acceptable use 3.0 → 3.1 (2.3 reworded, 2.4 added); encryption gets a new version too, unattested.</summary>
    private void NewVersions()
    {
        RewritePolicy(_folder, "acceptable-use", "3.0", "3.1", text => text
            .Replace("whenever you leave your device, even for a minute.", "whenever you leave your device, even when you step away for a second.", StringComparison.Ordinal)
            .Replace("## 3 Prohibited use", "### 2.4 Report a lost device\n\nReport a lost or stolen device to the service desk within one hour.\n\n## 3 Prohibited use", StringComparison.Ordinal));
        var encryption = File.ReadAllText(Path.Combine(_folder, "encryption.md"));
        var version = System.Text.RegularExpressions.Regex.Match(encryption, "version: \"([^\"]+)\"").Groups[1].Value;
        RewritePolicy(_folder, "encryption", version, version + ".1");
    }

    /// <summary>
    /// Every text of the card inside an outbox row's activity (or of a card's own JSON), sub-cards included, one per
    /// line, as a reader sees it: JSON and markdown backslash escapes gone ("3\\.0" reads "3.0").
    /// </summary>
    private static string CardText(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var texts = new List<string>();
        Collect(root.TryGetProperty("attachments", out var attachments) ? attachments[0].GetProperty("content") : root, texts);
        return string.Join("\n", texts).Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
