using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// SecurityBot on real Kestrel (not the in-memory test server), Production environment, authentication on against
/// the local HTTPS issuer, SQLite in a temp folder. The issuer's certificate is the only non-product wiring.
/// </summary>
internal sealed class BotUnderLoad(FakeTokenIssuer issuer, string? appId, int port, string dataDirectory, string serviceUrl) : WebApplicationFactory<global::Program>
{
    public Uri Endpoint { get; } = new($"http://127.0.0.1:{port}/api/messages");

    public static BotUnderLoad Start(FakeTokenIssuer issuer, string? appId, int port, string dataDirectory, string serviceUrl)
    {
        var bot = new BotUnderLoad(issuer, appId, port, dataDirectory, serviceUrl);
        bot.UseKestrel(port);
        bot.StartServer();
        return bot;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Without an app id authentication is off, which the bot allows only in Development.
        builder.UseEnvironment(appId is null ? "Development" : "Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("MicrosoftAppType", "MultiTenant");
        builder.UseSetting("MicrosoftAppId", appId ?? string.Empty);
        builder.UseSetting("MicrosoftAppPassword", appId is null ? string.Empty : issuer.ClientSecret);
        builder.UseSetting("BotOpenIdMetadata", issuer.OpenIdMetadataUrl);
        builder.UseSetting("ToChannelFromBotLoginUrl", issuer.LoginUrl);
        builder.UseSetting("ValidateAuthority", "false");
        if (appId is not null)
        {
            // What Production refuses to start without (issue 14 items 6, 13): the activities' tenant, a directory
            // file of the organisation's own (the demo one, copied under another name), and an audit key.
            builder.UseSetting("Bot:AllowedTenantIds:0", "72f988bf-86f1-41af-91ab-2d7cd011db47");
            // Production trusts only Bot Framework hosts and configured serviceUrls (item 7); the reply sink is local.
            builder.UseSetting("Bot:TrustedServiceUrls:0", serviceUrl);
            System.IO.Directory.CreateDirectory(dataDirectory);
            var directory = Path.Combine(dataDirectory, "organisation.json");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "directory", "demo-organisation.json"), directory, overwrite: true);
            builder.UseSetting("Directory:LocalFile", directory);
            builder.UseSetting("Audit:KeyId", "bench");
            builder.UseSetting("Audit:Key", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
            services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
        });
    }
}
