using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using MsalResult = Microsoft.Identity.Client.AuthenticationResult;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// Bot-to-channel tokens through MSAL: client credentials with a secret or a certificate (MultiTenant, SingleTenant),
/// or the user-assigned managed identity whose client id is MicrosoftAppId (UserAssignedMSI). One MSAL application
/// per provider (registered as a singleton) so MSAL's in-memory token cache serves repeated calls.
/// </summary>
public sealed partial class MsalAccessTokenProvider : IAccessTokenProvider, IDisposable
{
    private const string BotFrameworkTenant = "botframework.com";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly BotFrameworkOptions _options;
    private readonly IMsalHttpClientFactory _httpClientFactory;
    private readonly ILogger<MsalAccessTokenProvider> _logger;
    private readonly Lazy<Func<bool, CancellationToken, Task<MsalResult>>> _acquire;
    private readonly TimeProvider _time;
    private X509Certificate2? _certificate;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _cached;

    public MsalAccessTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, ILogger<MsalAccessTokenProvider> logger, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _httpClientFactory = new MsalHttpClientFactory(httpClientFactory);
        _logger = logger;
        // Built on first use: loading a certificate or contacting anything is pointless while authentication is off.
        _acquire = new Lazy<Func<bool, CancellationToken, Task<MsalResult>>>(CreateAcquirer, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsEnabled => _options.IsAuthenticationEnabled;

    /// <summary>The authority tokens are requested from: ToChannelFromBotLoginUrl, with the app's tenant for SingleTenant.</summary>
    public string Authority => ResolveAuthority(_options);

    /// <summary>The scope requested: ToChannelFromBotOAuthScope + "/.default".</summary>
    public string Scope => _options.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            throw new InvalidOperationException("Outbound authentication is off: MicrosoftAppId is empty.");
        }

        // MSAL caches tokens too, but every call takes its cache lock: under a burst of replies that lock queues
        // the turns (measured: p99 at half load 810 ms with it, see docs/benchmarks.md). A token still valid for
        // more than the margin is reused lock-free; MSAL is asked again before that.
        if (Volatile.Read(ref _cached) is { } cached && _time.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.Token;
        }

        return await AcquireAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> RefreshAccessTokenAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            throw new InvalidOperationException("Outbound authentication is off: MicrosoftAppId is empty.");
        }

        // Several sends refused with the same token at once ask the issuer once: later ones find the newer token.
        if (Volatile.Read(ref _cached) is { } cached && cached.Token != rejectedToken && _time.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.Token;
        }

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _cached) is { } current && current.Token != rejectedToken && _time.GetUtcNow() < current.RefreshAfter)
            {
                return current.Token;
            }

            // Both our cache and MSAL's would hand back the refused token: bypass them once.
            return await AcquireAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<string> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _acquire.Value(forceRefresh, cancellationToken).ConfigureAwait(false);
            var refreshAfter = result.ExpiresOn - RefreshMargin;
            if (result.AuthenticationResultMetadata?.RefreshOn is { } refreshOn && refreshOn < refreshAfter)
            {
                refreshAfter = refreshOn;
            }

            Volatile.Write(ref _cached, new CachedToken(result.AccessToken, refreshAfter));
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            // MSAL's error code and message describe the failure without the credential.
            LogTokenFailed(_logger, ex.ErrorCode, ex);
            throw;
        }
    }

    public void Dispose()
    {
        _certificate?.Dispose();
        _refreshGate.Dispose();
    }

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAfter);

    internal static string ResolveAuthority(BotFrameworkOptions options)
    {
        var loginUrl = options.ToChannelFromBotLoginUrl.TrimEnd('/');
        if (!MicrosoftAppTypes.Is(options.MicrosoftAppType, MicrosoftAppTypes.SingleTenant))
        {
            return loginUrl;
        }

        // A single-tenant app only exists in its own tenant, so the botframework.com tenant of the default login URL
        // is replaced; a login URL that already names another tenant is used as configured.
        var lastSlash = loginUrl.LastIndexOf('/');
        return string.Equals(loginUrl[(lastSlash + 1)..], BotFrameworkTenant, StringComparison.OrdinalIgnoreCase)
            ? loginUrl[..(lastSlash + 1)] + options.MicrosoftAppTenantId
            : loginUrl;
    }

    private Func<bool, CancellationToken, Task<MsalResult>> CreateAcquirer()
    {
        if (MicrosoftAppTypes.Is(_options.MicrosoftAppType, MicrosoftAppTypes.UserAssignedMsi))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId))
                .WithHttpClientFactory(_httpClientFactory)
                .Build();
            var resource = _options.ToChannelFromBotOAuthScope;
            return (force, ct) => identity.AcquireTokenForManagedIdentity(resource).WithForceRefresh(force).ExecuteAsync(ct);
        }

        var builder = ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
            .WithAuthority(Authority, _options.ValidateAuthority)
            .WithHttpClientFactory(_httpClientFactory);
        if (!_options.ValidateAuthority)
        {
            // Instance discovery asks login.microsoftonline.com about the host: wrong for any other authority host.
            builder = builder.WithInstanceDiscovery(false);
        }

        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppCertificatePath))
        {
            _certificate = X509CertificateLoader.LoadPkcs12FromFile(_options.MicrosoftAppCertificatePath, _options.MicrosoftAppCertificatePassword);
            builder = builder.WithCertificate(_certificate);
        }
        else
        {
            builder = builder.WithClientSecret(_options.MicrosoftAppPassword);
        }

        var app = builder.Build();
        string[] scopes = [Scope];
        return (force, ct) => app.AcquireTokenForClient(scopes).WithForceRefresh(force).ExecuteAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Acquiring a bot-to-channel token failed: {ErrorCode}")]
    private static partial void LogTokenFailed(ILogger logger, string errorCode, Exception exception);
}
