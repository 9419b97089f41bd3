using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Platform.Directory.Graph;
using SecurityBot.Platform.Files;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.Files;
using SecurityBot.Testing.Graph;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests;

/// <summary>
/// The host <see cref="BotHarness"/> starts: shipped configuration (root appsettings.json, demo organisation, shipped
/// policies) with the harness's settings on top. Test wiring is limited to what a test cannot configure: the clock,
/// the captured log, and trusting the throwaway certificates of the local token issuer, the local Graph and the local
/// OneDrive upload sessions.
/// </summary>
internal sealed class SecurityBotFactory(
    IReadOnlyDictionary<string, string?> settings,
    string environment,
    TimeProvider? clock,
    CapturingLoggerProvider logs,
    LogLevel logsFrom,
    FakeTokenIssuer? issuer,
    GraphOrganisation? graph = null,
    FakeUploadServer? uploads = null) : WebApplicationFactory<Program>
{
    private readonly StartFailureRecorder _startFailures = new();

    /// <summary>Why the host failed to start, as the host logged it (see <see cref="StartFailureRecorder"/>).</summary>
    public Exception? StartFailure => _startFailures.Failure;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // The capture is what the test reads; the console would only slow a run (a fuzz run logs tens of thousands of refusals).
        builder.ConfigureLogging(logging => logging.ClearProviders()
            .AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, logsFrom)
            .AddProvider(_startFailures));

        builder.ConfigureTestServices(services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }

            if (issuer is not null)
            {
                services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
                services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
            }

            if (graph is not null)
            {
                services.AddHttpClient(GraphHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(graph.Certificate));
                services.AddHttpClient(GraphHttpClients.Graph).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(graph.Certificate));
            }

            if (uploads is not null)
            {
                services.AddHttpClient(FileHttpClients.Upload).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(uploads.Certificate));
                services.AddHttpClient(FileHttpClients.Download).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(uploads.Certificate));
            }
        });
    }
}
