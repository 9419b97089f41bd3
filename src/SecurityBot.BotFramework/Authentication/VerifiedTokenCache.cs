using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// Channel tokens whose RS256 signature, issuer and audience were already proven. The channel sends the same token
/// with every activity for as long as it is valid, and the signature check is the dearest part of a turn, so it is
/// done once per token. Entries are keyed by the token's SHA-256 (the bearer itself is not kept), hold only tokens
/// that passed, are bounded in number, and fall out at the token's expiry. A hit counts only while the signing key is
/// still the very key the issuer's current key set holds (see <see cref="ChannelTokenValidator"/>): any refresh of the
/// keys invalidates every entry.
/// </summary>
internal sealed class VerifiedTokenCache : IDisposable
{
    /// <summary>Far above the number of live channel tokens a bot sees (one per channel instance and hour).</summary>
    private const int Capacity = 10_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });

    /// <summary>The cache key of a token: its SHA-256, so the bearer itself is not kept.</summary>
    public static string KeyOf(string token)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), hash);
        return Convert.ToHexString(hash);
    }

    public bool TryGet(string key, out VerifiedToken? verified) => _entries.TryGetValue(key, out verified);

    public void Add(string key, VerifiedToken verified, DateTimeOffset now)
    {
        var remaining = verified.Expires + AuthenticationConstants.ClockSkew - now;
        if (remaining <= TimeSpan.Zero)
        {
            return;
        }

        using var entry = _entries.CreateEntry(key);
        entry.Value = verified;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = remaining;
    }

    public void Remove(string key) => _entries.Remove(key);

    public void Dispose() => _entries.Dispose();
}
