using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityBot.Core.Policies;
using SecurityBot.Infrastructure.Policies;

namespace SecurityBot.Infrastructure;

/// <summary>Registration of the infrastructure adapters, one method per area.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// The Markdown policy library (Policies:* options), its search index and the folder watcher that reloads it.
    /// </summary>
    public static IServiceCollection AddPolicyLibrary(this IServiceCollection services)
    {
        services.AddOptions<PolicyOptions>()
            .BindConfiguration(PolicyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PolicyDocumentParser>();
        services.TryAddSingleton<PolicyFolderLoader>();
        services.TryAddSingleton<PolicyLibrary>();
        services.TryAddSingleton<IPolicyLibrary>(sp => sp.GetRequiredService<PolicyLibrary>());
        services.TryAddSingleton<IPolicySearch>(sp => sp.GetRequiredService<PolicyLibrary>());
        services.AddHostedService<PolicyFolderWatcher>();
        return services;
    }
}
