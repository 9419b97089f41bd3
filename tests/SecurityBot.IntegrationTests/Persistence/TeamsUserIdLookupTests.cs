using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Cards;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteTeamsUserIdLookupTests() : TeamsUserIdLookupTests(DatabaseProvider.Sqlite);

public sealed class PostgresTeamsUserIdLookupTests() : TeamsUserIdLookupTests(DatabaseProvider.PostgreSQL);

/// <summary>The Teams ids a card's refresh.userIds gets, from the stored conversation references.</summary>
public abstract class TeamsUserIdLookupTests(DatabaseProvider provider)
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task ForAsync_KnownUnknownAndTwoConversations_KnownOnesOnceInTheOrderAsked()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await StoreAsync(host, ("bob", "a:bob"), ("alice", "a:alice"), ("alice", "19:channel"));

        var ids = await host.InScopeAsync(sp => sp.GetRequiredService<TeamsUserIdLookup>().ForAsync(["carol", "alice", "bob", "alice"], CancellationToken.None));

        // Carol never talked to the bot: without her Teams id she cannot be listed.
        ids.Should().Equal("29:alice", "29:bob");
    }

    [Fact]
    public async Task ForAsync_MoreKnownPeopleThanTeamsAllows_TheFirstSixtyAsked()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var people = Enumerable.Range(0, CardRefresh.MaxUserIds + 10).Select(i => $"user-{i:D3}").Reverse().ToList();
        await StoreAsync(host, [.. people.Select(p => (p, "a:" + p))]);

        var ids = await host.InScopeAsync(sp => sp.GetRequiredService<TeamsUserIdLookup>().ForAsync(people, CancellationToken.None));

        ids.Should().Equal(people.Take(CardRefresh.MaxUserIds).Select(p => "29:" + p));
    }

    private async Task StoreAsync(PersistenceTestHost host, params (string Aad, string Conversation)[] references) =>
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            foreach (var (aad, conversation) in references)
            {
                db.Add(new ConversationReferenceRecord(
                    new ConversationSnapshot("tenant-1", aad, "29:" + aad, conversation, "personal", "https://smba.example.test/", "28:bot", "msteams"), _clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
        });
}
