using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// The files behind signed links, in a memory cache of its own bounded by <see cref="MetricsLinkOptions.StoreBytes"/>
/// (each entry's size is its byte count). The token decides whether a link is still valid; the cache's expiry only
/// frees the memory.
/// </summary>
internal sealed class SignedFileStore : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly LinkSigner _signer;
    private readonly TimeProvider _time;
    private readonly MetricsLinkOptions _options;

    public SignedFileStore(LinkSigner signer, IOptions<MetricsLinkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.StoreBytes, CompactionPercentage = 0.25 });
        _signer = signer;
        _time = time;
    }

    public const string Route = "/api/metrics/files";

    /// <summary>Stores the file and returns its link (absolute when a public base URL is configured).</summary>
    public string Add(ServedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var lifetime = TimeSpan.FromMinutes(_options.LifetimeMinutes);
        var token = _signer.Create(_time.GetUtcNow() + lifetime);
        var id = _signer.Validate(token)!;
        _cache.Set(id, file, new MemoryCacheEntryOptions { Size = Math.Max(1, file.Content.Length), AbsoluteExpirationRelativeToNow = lifetime });
        return _options.PublicBaseUrl.TrimEnd('/') + Route + "/" + token;
    }

    /// <summary>The file for a valid, unexpired token that this instance still holds.</summary>
    public ServedFile? Find(string? token) =>
        _signer.Validate(token) is { } id && _cache.TryGetValue(id, out ServedFile? file) ? file : null;

    public void Dispose() => _cache.Dispose();
}
