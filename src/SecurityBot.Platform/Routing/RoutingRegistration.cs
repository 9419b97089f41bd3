using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SecurityBot.Platform.Routing;

/// <summary>Registration of the domain services, one method per area.</summary>
public static class RoutingRegistration
{
    /// <summary>
    /// Security roles (Roles:* options) and recipient routing (Routing:* options). Needs an <see cref="Directory.IDirectory"/>
    /// registration (SecurityBot.Platform's AddDirectory provides one and calls this).
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
