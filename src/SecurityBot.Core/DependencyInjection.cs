using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityBot.Core.Routing;

namespace SecurityBot.Core;

/// <summary>Registration of the domain services, one method per area.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Security roles (Roles:* options) and recipient routing (Routing:* options). Needs an <see cref="Directory.IDirectory"/>
    /// registration (SecurityBot.Infrastructure's AddDirectory provides one and calls this).
    /// </summary>
    public static IServiceCollection AddRecipientRouting(this IServiceCollection services)
    {
        services.AddOptions<RolesOptions>().BindConfiguration(RolesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ISecurityRoles, SecurityRoles>();
        services.TryAddSingleton<IRecipientRouter, RecipientRouter>();
        return services;
    }
}
