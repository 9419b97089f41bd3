using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// UserAssignedMSI through real MSAL: the App Service managed identity protocol (IDENTITY_ENDPOINT / IDENTITY_HEADER)
/// served by the fake issuer over HTTPS. The variables are process-wide, hence the non-parallel collection.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ManagedIdentityTokenTests
{
    [Fact]
    public async Task GetAccessTokenAsync_UserAssignedMsi_AsksForTheAppIdIdentityAndCaches()
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        issuer.ClientId = AppId;
        using var environment = new EnvironmentVariables(new Dictionary<string, string?>
        {
            ["IDENTITY_ENDPOINT"] = issuer.BaseUrl + FakeTokenIssuer.ManagedIdentityPath,
            ["IDENTITY_HEADER"] = FakeTokenIssuer.ManagedIdentityHeader,
        });
        using var host = Build(issuer, TimeProvider.System, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "4c2a5b1e-0d3f-4e6a-8b7c-9d0e1f2a3b4c",
            ["MicrosoftAppPassword"] = "",
        });
        var provider = host.Services.GetRequiredService<IAccessTokenProvider>();

        var first = await provider.GetAccessTokenAsync(CancellationToken.None);
        var second = await provider.GetAccessTokenAsync(CancellationToken.None);

        first.Should().StartWith("fake-msi-token-").And.Be(second);
        var request = issuer.TokenRequests.Should().ContainSingle().Subject;
        request.ClientId.Should().Be(AppId);
        request.Scope.Should().Be("https://api.botframework.com");
        request.Granted.Should().BeTrue();
    }

    private sealed class EnvironmentVariables : IDisposable
    {
        private readonly Dictionary<string, string?> _previous = [];

        public EnvironmentVariables(Dictionary<string, string?> values)
        {
            foreach (var (name, value) in values)
            {
                _previous[name] = Environment.GetEnvironmentVariable(name);
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        public void Dispose()
        {
            foreach (var (name, value) in _previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
