using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// The whole SecurityBot host (Program.cs: every capability, AddAttestation included) on real Kestrel, Production,
/// authentication on against the local token issuer — as <c>Pipeline/BotUnderLoad</c>, with the run's settings
/// (SQLite file, directory file, the fake connector as the trusted serviceUrl). The issuer's certificate is the only
/// non-product wiring.
/// </summary>
internal sealed class AttestationBot(FakeTokenIssuer issuer, string appId, int port, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<global::Program>
{
    public Uri Endpoint { get; } = new($"http://127.0.0.1:{port}/api/messages");

    public static AttestationBot Start(FakeTokenIssuer issuer, string appId, int port, IReadOnlyDictionary<string, string> settings)
    {
        var bot = new AttestationBot(issuer, appId, port, settings);
        bot.UseKestrel(port);
        bot.StartServer();
        return bot;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("MicrosoftAppType", "MultiTenant");
        builder.UseSetting("MicrosoftAppId", appId);
        builder.UseSetting("MicrosoftAppPassword", issuer.ClientSecret);
        builder.UseSetting("BotOpenIdMetadata", issuer.OpenIdMetadataUrl);
        builder.UseSetting("ToChannelFromBotLoginUrl", issuer.LoginUrl);
        builder.UseSetting("ValidateAuthority", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
            services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
        });
    }
}
