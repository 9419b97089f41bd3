using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Files;

public sealed class SqliteFileOfferStoreTests() : FileOfferStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresFileOfferStoreTests() : FileOfferStoreTests(DatabaseProvider.PostgreSQL);

/// <summary>File offers on a real engine: one unit of work for the bytes, the card and the timer; one accept wins a race; the timer expires what nobody took.</summary>
public abstract class FileOfferStoreTests(DatabaseProvider provider)
{
    private static readonly byte[] Csv = "person,policy,version\nalex@contoso.example,Acceptable use,v3\n"u8.ToArray();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task OfferAsync_Committed_StoresTheBytesTheConsentCardAndTheExpiryTimerTogether()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);

        var id = await OfferAsync(host, commit: true);
        var uncommitted = await OfferAsync(host, commit: false);

        var offer = await host.InScopeAsync(sp => Db(sp).Set<FileOffer>().AsNoTracking().SingleAsync());
        offer.Id.Should().Be(id).And.NotBe(uncommitted);
        offer.Content.Should().Equal(Csv);
        offer.SizeInBytes.Should().Be(Csv.Length);
        offer.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Csv)));
        offer.Status.Should().Be(FileOfferStatus.Offered);
        offer.ExpiresAt.Should().Be(_clock.GetUtcNow() + TimeSpan.FromHours(24));
        var card = await host.InScopeAsync(sp => Db(sp).Set<OutboxMessage>().AsNoTracking().SingleAsync());
        card.IdempotencyKey.Should().Be($"file-offer:{id}");
        card.RecipientAadObjectId.Should().Be("user-1");
        card.Entity.Should().Be(new EntityRef(FileOffer.EntityType, id));
        card.ActivityJson.Should().Contain("application/vnd.microsoft.teams.card.file.consent").And.NotContain("person,policy", "the bytes stay out of the card");
        var timer = await host.InScopeAsync(sp => Db(sp).Set<ScheduledTimer>().AsNoTracking().SingleAsync());
        (timer.EntityId, timer.Kind, timer.DueAt).Should().Be((id, "file-offer.expiry", offer.ExpiresAt));
    }

    [Fact]
    public async Task OfferAsync_TooBigOrNotAPlainName_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock, new Dictionary<string, string?> { ["Files:MaxFileBytes"] = "16" });

        var tooBig = () => OfferAsync(host, commit: true);
        var folder = () => host.InScopeAsync(sp => sp.GetRequiredService<IFileOffers>().OfferAsync("user-1", "../secrets.csv", "text/csv", [1], "x", CancellationToken.None));
        var empty = () => host.InScopeAsync(sp => sp.GetRequiredService<IFileOffers>().OfferAsync("user-1", "a.csv", "text/csv", [], "x", CancellationToken.None));

        await tooBig.Should().ThrowAsync<ArgumentException>().WithMessage("*Files:MaxFileBytes*");
        await folder.Should().ThrowAsync<ArgumentException>();
        await empty.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Claim_TwoAcceptsAtOnce_OnlyOneCommitsTheHold()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var id = await OfferAsync(host, commit: true);
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var mine = await Db(first.ServiceProvider).Set<FileOffer>().SingleAsync(o => o.Id == id);
        var theirs = await Db(second.ServiceProvider).Set<FileOffer>().SingleAsync(o => o.Id == id);

        mine.Claim(_clock.GetUtcNow(), TimeSpan.FromMinutes(5)).Should().Be(FileOfferClaim.Claimed);
        theirs.Claim(_clock.GetUtcNow(), TimeSpan.FromMinutes(5)).Should().Be(FileOfferClaim.Claimed);
        await Db(first.ServiceProvider).SaveChangesAsync();
        var late = () => Db(second.ServiceProvider).SaveChangesAsync();

        await late.Should().ThrowAsync<DbUpdateConcurrencyException>("the version token lets one accept hold the offer");
        var stored = await host.InScopeAsync(sp => Db(sp).Set<FileOffer>().AsNoTracking().SingleAsync());
        stored.Status.Should().Be(FileOfferStatus.Uploading);
        stored.Claim(_clock.GetUtcNow(), TimeSpan.FromMinutes(5)).Should().Be(FileOfferClaim.InProgress, "the retry of the loser finds it held");
    }

    [Fact]
    public async Task ExpiryTimer_NobodyAccepted_ExpiresDeletesTheBytesAndReplacesTheDeliveredCard()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var id = await OfferAsync(host, commit: true);
        await host.InScopeAsync(async sp =>
        {
            Db(sp).Add(new CardCopy(FileOffer.EntityType, id, 1, "a:personal-user-1", "activity-1", "https://smba.example.test/", "user-1", null, _clock.GetUtcNow()));
            await Db(sp).SaveChangesAsync();
        });
        var scheduler = host.Services.GetRequiredService<TimerScheduler>();

        _clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(0);
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(1);

        var offer = await host.InScopeAsync(sp => Db(sp).Set<FileOffer>().AsNoTracking().SingleAsync());
        offer.Status.Should().Be(FileOfferStatus.Expired);
        offer.Content.Should().BeNull();
        offer.CompletedAt.Should().Be(_clock.GetUtcNow());
        var update = await host.InScopeAsync(sp => Db(sp).Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Kind == NotificationKind.UpdateCardCopy));
        update.TargetActivityId.Should().Be("activity-1");
        update.ActivityJson.Should().Contain("File offer expired");
    }

    [Fact]
    public async Task ExpiryTimer_OfferHeldByAnUpload_WaitsForTheHoldThenExpiresIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var id = await OfferAsync(host, commit: true);
        var scheduler = host.Services.GetRequiredService<TimerScheduler>();
        _clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        await host.InScopeAsync(async sp =>
        {
            (await Db(sp).Set<FileOffer>().SingleAsync()).Claim(_clock.GetUtcNow(), TimeSpan.FromMinutes(5)).Should().Be(FileOfferClaim.Claimed);
            await Db(sp).SaveChangesAsync();
        });

        _clock.Advance(TimeSpan.FromMinutes(1));
        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(1);
        (await host.InScopeAsync(sp => Db(sp).Set<FileOffer>().AsNoTracking().SingleAsync())).Status.Should().Be(FileOfferStatus.Uploading, "an upload is running");
        _clock.Advance(TimeSpan.FromMinutes(4));
        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(1, "the timer was set again for the end of the hold");

        var offer = await host.InScopeAsync(sp => Db(sp).Set<FileOffer>().AsNoTracking().SingleAsync(o => o.Id == id));
        offer.Status.Should().Be(FileOfferStatus.Expired, "the upload's instance died: its hold ran out");
        offer.Content.Should().BeNull();
    }

    private static SecurityBotDbContext Db(IServiceProvider services) => services.GetRequiredService<SecurityBotDbContext>();

    private static Task<string> OfferAsync(PersistenceTestHost host, bool commit) =>
        host.InScopeAsync(async sp =>
        {
            var id = await sp.GetRequiredService<IFileOffers>().OfferAsync("user-1", "attestations.csv", "text/csv", Csv, "Who accepted which policy version", CancellationToken.None);
            if (commit)
            {
                await Db(sp).SaveChangesAsync();
            }

            return id;
        });
}
