using SecurityBot.Policies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform.Chat;
using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class AddPoliciesTests
{
    [Fact]
    public void AddPolicies_Always_RegistersTheLibraryAndEveryTeamsEntryPointOnce()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddPolicies();
        builder.AddPolicies();
        using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        services.GetRequiredService<IPolicyLibrary>().Policies.Should().HaveCount(12, "the shipped folder is the default");
        services.GetServices<IChatCommand>().Should().ContainSingle().Which.Should().BeOfType<PolicyCommand>();
        services.GetServices<IFreeTextHandler>().Should().ContainSingle().Which.Should().BeOfType<PolicyQuestionHandler>();
        services.GetServices<ICardActionHandler>().Should().ContainSingle().Which.Should().BeOfType<PolicyActionHandler>();
        services.GetServices<IMessagingExtensionQueryHandler>().Should().ContainSingle()
            .Which.CommandId.Should().Be("searchPolicies");
    }
}
