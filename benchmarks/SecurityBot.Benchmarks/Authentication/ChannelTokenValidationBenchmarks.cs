using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;

namespace SecurityBot.Benchmarks.Authentication;

/// <summary>
/// Cost of inbound token validation per request with the signing keys cached (the steady state): a valid token,
/// a forged one refused at the signature, and an unknown kid while refreshes are throttled.
/// Run: dotnet run -c Release --project benchmarks/SecurityBot.Benchmarks -- --filter *ChannelToken*
/// </summary>
[MemoryDiagnoser]
public class ChannelTokenValidationBenchmarks
{
    private const string AppId = "9f3c1e52-7a4b-4c1d-9a2e-5b6c7d8e9f01";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private FakeTokenIssuer _issuer = null!;
    private IHost _host = null!;
    private IChannelTokenValidator _validator = null!;
    private string _valid = "";
    private string _forged = "";
    private string _unknownKid = "";

    [GlobalSetup]
    public void Setup()
    {
        _issuer = FakeTokenIssuer.StartAsync().GetAwaiter().GetResult();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["BotOpenIdMetadata"] = _issuer.OpenIdMetadataUrl,
        });
        builder.Services.AddLogging();
        builder.Services.AddBotAuthentication();
        builder.Services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(_issuer.CreateTrustingHandler);
        _host = builder.Build();
        _validator = _host.Services.GetRequiredService<IChannelTokenValidator>();

        using var attacker = FakeTokenIssuer.CreateUnpublishedKey("attacker");
        _valid = "Bearer " + _issuer.ChannelTokens.Create(_issuer.DefaultKey, AppId, ServiceUrl);
        _forged = "Bearer " + _issuer.ChannelTokens.Create(attacker, AppId, ServiceUrl, headerKeyId: _issuer.DefaultKey.KeyId);
        _unknownKid = "Bearer " + _issuer.ChannelTokens.Create(attacker, AppId, ServiceUrl);
        // Warm the key cache and spend the unknown-kid refresh, so the benchmark measures the steady state.
        Valid().GetAwaiter().GetResult();
        UnknownKeyThrottled().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        _issuer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<AuthenticationResult> Valid() => _validator.ValidateAsync(_valid, "msteams", ServiceUrl, CancellationToken.None);

    [Benchmark]
    public Task<AuthenticationResult> ForgedSignature() => _validator.ValidateAsync(_forged, "msteams", ServiceUrl, CancellationToken.None);

    [Benchmark]
    public Task<AuthenticationResult> UnknownKeyThrottled() => _validator.ValidateAsync(_unknownKid, "msteams", ServiceUrl, CancellationToken.None);
}
