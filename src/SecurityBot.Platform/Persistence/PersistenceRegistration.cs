using Microsoft.Extensions.DependencyInjection;

namespace SecurityBot.Platform.Persistence;

/// <summary>How a capability adds its entities to the shared DbContext.</summary>
public static class PersistenceRegistration
{
    /// <summary>Adds the EF configurations of the assembly defining <typeparamref name="TMarker"/> to the model.</summary>
    public static IServiceCollection AddPersistenceModel<TMarker>(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var part = PersistenceModelPart.Of<TMarker>();
        // Instances cannot go through TryAddEnumerable (it tells registrations apart by type); a capability registered
        // twice still adds its part once.
        if (!services.Any(d => d.ServiceType == typeof(PersistenceModelPart) && Equals(d.ImplementationInstance, part)))
        {
            services.AddSingleton(part);
        }

        return services;
    }
}
