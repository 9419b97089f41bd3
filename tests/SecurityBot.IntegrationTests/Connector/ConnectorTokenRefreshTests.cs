using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>
/// A 401 from the connector is retried once with a token fresh from the issuer (MSAL's cache bypassed); a second 401
/// is a failure. Real MSAL against the local token issuer, real connector client against the fake connector.
/// </summary>
public sealed class ConnectorTokenRefreshTests : IAsyncLifetime
{
    private const string AppId = "7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b";
    private FakeTokenIssuer _issuer = null!;
    private FakeConnectorServer _teams = null!;
    private IHost _host = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeTokenIssuer.StartAsync();
        _issuer.ClientId = AppId;
        _teams = await FakeConnectorServer.StartAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = _issuer.ClientSecret,
            ["BotOpenIdMetadata"] = _issuer.OpenIdMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = _issuer.LoginUrl,
            ["ValidateAuthority"] = "false",
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
        });
        builder.Services.AddLogging();
        builder.Services.AddBotAuthentication();
        builder.Services.AddBotConnector();
        builder.Services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(_issuer.CreateTrustingHandler);
        _host = builder.Build();
        _client = _host.Services.GetRequiredService<IConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _teams.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Send_Connector401Once_RetriedOnceWithAFreshTokenAndDelivered()
    {
        await _client.SendToConversationAsync(_teams.ServiceUrl, "a:warmup", Message(), CancellationToken.None);
        _teams.FailNext("a:alice", HttpStatusCode.Unauthorized, times: 1, errorCode: "Unauthorized");

        await _client.SendToConversationAsync(_teams.ServiceUrl, "a:alice", Message(), CancellationToken.None);

        var attempts = _teams.Requests.Where(r => r.ConversationId == "a:alice").ToList();
        attempts.Select(r => r.StatusCode).Should().Equal(401, 200);
        attempts[1].Authorization.Should().NotBe(attempts[0].Authorization, "the refused token is not sent again");
        _issuer.TokenRequests.Should().HaveCount(2, "one token for the warm-up, one fresh one after the 401 (both caches bypassed)");
    }

    [Fact]
    public async Task Send_Connector401Twice_FailsAfterOneRetry()
    {
        _teams.FailNext("a:bob", HttpStatusCode.Unauthorized, times: 5, errorCode: "Unauthorized");

        var send = () => _client.SendToConversationAsync(_teams.ServiceUrl, "a:bob", Message(), CancellationToken.None);

        (await send.Should().ThrowAsync<ConnectorException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _teams.Requests.Count(r => r.ConversationId == "a:bob").Should().Be(2);
    }

    private static Activity Message() => new() { Type = "message", Text = "hello" };
}
