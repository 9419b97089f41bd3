using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SecurityBot.BotFramework.Logging;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// The channel token issuer's signing keys: the OpenID metadata (BotOpenIdMetadata) names the JWKS, whose keys carry
/// the channels they are endorsed for. Keys are kept 24 h; an unknown key id triggers a refresh (the issuer rolled
/// its keys), at most once per 5 minutes so forged key ids cannot turn the bot into a load generator. Concurrent
/// callers share one fetch.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "A singleton living as long as the process; the SemaphoreSlim never allocates a wait handle (AvailableWaitHandle is not used), so there is nothing to release.")]
public sealed partial class OpenIdMetadataProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<OpenIdMetadataProvider> logger)
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile KeySet? _keys;
    private DateTimeOffset? _lastFetchAttempt;

    /// <summary>The key with this id, fetching or refreshing the keys when needed; null when the issuer does not publish it.</summary>
    /// <exception cref="OpenIdMetadataException">No keys could be fetched and none are cached.</exception>
    public async Task<ChannelSigningKey?> GetSigningKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = _keys;
        if (keys is null || timeProvider.GetUtcNow() - keys.FetchedAt >= AuthenticationConstants.SigningKeyLifetime)
        {
            keys = await RefreshAsync(keys, force: false, cancellationToken).ConfigureAwait(false);
        }

        if (keys.ByKeyId.TryGetValue(keyId, out var key))
        {
            return key;
        }

        LogUnknownKey(logger, UntrustedLogValue.Of(keyId));
        keys = await RefreshAsync(keys, force: true, cancellationToken).ConfigureAwait(false);
        return keys.ByKeyId.GetValueOrDefault(keyId);
    }

    private async Task<KeySet> RefreshAsync(KeySet? seen, bool force, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _keys;
            var now = timeProvider.GetUtcNow();
            // Someone else fetched while we waited: use their result instead of fetching again.
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current;
            }

            if (current is not null && !force && now - current.FetchedAt < AuthenticationConstants.SigningKeyLifetime)
            {
                return current;
            }

            // Also bounds retries when the keys expired and the issuer is unreachable.
            if (current is not null && _lastFetchAttempt is { } last && now - last < AuthenticationConstants.UnknownKeyRefreshInterval)
            {
                LogRefreshThrottled(logger);
                return current;
            }

            _lastFetchAttempt = now;
            try
            {
                var fetched = await FetchAsync(now, cancellationToken).ConfigureAwait(false);
                _keys = fetched;
                LogKeysFetched(logger, fetched.ByKeyId.Count);
                return fetched;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or OpenIdMetadataException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (current is null)
                {
                    throw new OpenIdMetadataException("The channel token issuer's signing keys could not be fetched.", ex);
                }

                // Stale keys beat no keys: the issuer keeps a key published long after it stops signing with it.
                LogRefreshFailedUsingCached(logger, ex);
                return current;
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<KeySet> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(AuthenticationConstants.OpenIdMetadataHttpClient);
        using var metadata = await GetJsonAsync(client, new Uri(options.Value.BotOpenIdMetadata), cancellationToken).ConfigureAwait(false);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksProperty)
            || !Uri.TryCreate(jwksProperty.GetString(), UriKind.Absolute, out var jwksUri)
            || jwksUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new OpenIdMetadataException("The OpenID metadata has no https jwks_uri.");
        }

        using var jwks = await GetJsonAsync(client, jwksUri, cancellationToken).ConfigureAwait(false);
        if (!jwks.RootElement.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Array)
        {
            throw new OpenIdMetadataException("The key set has no keys array.");
        }

        var byKeyId = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        foreach (var element in keysElement.EnumerateArray())
        {
            if (ReadRsaKey(element) is { } key)
            {
                byKeyId[key.KeyId] = key;
            }
        }

        return new KeySet(byKeyId, now);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new OpenIdMetadataException($"GET {uri.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode}.");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An RSA signature key with its endorsements; other keys (encryption, other types) are skipped.</summary>
    private static ChannelSigningKey? ReadRsaKey(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || GetString(element, "kty") != "RSA"
            || GetString(element, "use") is { } use && use != "sig"
            || GetString(element, "kid") is not { Length: > 0 } kid
            || GetString(element, "n") is not { Length: > 0 } modulus
            || GetString(element, "e") is not { Length: > 0 } exponent)
        {
            return null;
        }

        var endorsements = new List<string>();
        if (element.TryGetProperty("endorsements", out var endorsed) && endorsed.ValueKind == JsonValueKind.Array)
        {
            endorsements.AddRange(endorsed.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!));
        }

        var parameters = new RSAParameters
        {
            Modulus = Base64UrlEncoder.DecodeBytes(modulus),
            Exponent = Base64UrlEncoder.DecodeBytes(exponent),
        };
        return new ChannelSigningKey(kid, new RsaSecurityKey(parameters) { KeyId = kid }, endorsements);
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {KeyCount} channel signing keys")]
    private static partial void LogKeysFetched(ILogger logger, int keyCount);

    // The kid comes from an unauthenticated token's header: Debug only, through UntrustedLogValue.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Channel token signed with unknown key id {KeyId}; refreshing the signing keys")]
    private static partial void LogUnknownKey(ILogger logger, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signing key refresh skipped: the last fetch was less than 5 minutes ago")]
    private static partial void LogRefreshThrottled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the channel signing keys failed; keeping the cached keys")]
    private static partial void LogRefreshFailedUsingCached(ILogger logger, Exception exception);

    private sealed record KeySet(IReadOnlyDictionary<string, ChannelSigningKey> ByKeyId, DateTimeOffset FetchedAt);
}
