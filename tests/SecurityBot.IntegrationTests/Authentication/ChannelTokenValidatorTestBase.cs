using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;
using SecurityBot.Testing.Time;
using static SecurityBot.IntegrationTests.Authentication.AuthenticationHarness;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// A validator from the real registration against a local HTTPS issuer, on a manual clock far from the real date
/// (so any check using the system clock fails the tests).
/// </summary>
public abstract class ChannelTokenValidatorTestBase : IAsyncLifetime
{
    private IHost _host = null!;

    protected ManualTimeProvider Clock { get; } = new();

    protected FakeTokenIssuer Issuer { get; private set; } = null!;

    protected IChannelTokenValidator Validator => _host.Services.GetRequiredService<IChannelTokenValidator>();

    public async Task InitializeAsync()
    {
        Issuer = await FakeTokenIssuer.StartAsync(Clock);
        _host = Build(Issuer, Clock);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await Issuer.DisposeAsync();
    }
}
