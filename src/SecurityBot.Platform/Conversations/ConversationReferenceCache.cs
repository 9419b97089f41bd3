using Microsoft.Extensions.Caching.Memory;

namespace SecurityBot.Platform.Conversations;

/// <summary>
/// Remembers the last stored snapshot per (conversation, person) so the common turn writes nothing. Entries expire
/// so that a change made by another instance (e.g. "undeliverable") is seen again within minutes.
/// </summary>
public sealed class ConversationReferenceCache : IDisposable
{
    private static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool IsStored(ConversationSnapshot snapshot) =>
        _cache.TryGetValue(Key(snapshot.ConversationId, snapshot.UserAadObjectId), out ConversationSnapshot? stored) && stored == snapshot;

    public void Remember(ConversationSnapshot snapshot) =>
        _cache.Set(Key(snapshot.ConversationId, snapshot.UserAadObjectId), snapshot,
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = EntryLifetime });

    /// <summary>Forgets a reference whose stored state changed outside a turn (undeliverable, conversation recreated).</summary>
    public void Forget(string conversationId, string userAadObjectId) => _cache.Remove(Key(conversationId, userAadObjectId));

    public void Dispose() => _cache.Dispose();

    private static string Key(string conversationId, string userAadObjectId) => conversationId + "\n" + userAadObjectId;
}
