using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityBot.Conversation;
using SecurityBot.Core.Incidents;
using SecurityBot.Incidents;
using SecurityBot.Infrastructure;

namespace SecurityBot;

/// <summary>Registration of the bot's features, called from Program.cs.</summary>
public static class DependencyInjection
{
    /// <summary>Adds a text command; scoped, so it may use the DbContext of the turn.</summary>
    public static IServiceCollection AddChatCommand<T>(this IServiceCollection services)
        where T : class, IChatCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IChatCommand, T>());
        return services;
    }

    /// <summary>Adds a handler for free text that is not a command.</summary>
    public static IServiceCollection AddFreeTextHandler<T>(this IServiceCollection services)
        where T : class, IFreeTextHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFreeTextHandler, T>());
        return services;
    }

    /// <summary>Adds a handler for Action.Execute verbs.</summary>
    public static IServiceCollection AddCardActionHandler<T>(this IServiceCollection services)
        where T : class, ICardActionHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICardActionHandler, T>());
        return services;
    }

    /// <summary>Adds a message extension query handler.</summary>
    public static IServiceCollection AddMessagingExtensionQueryHandler<T>(this IServiceCollection services)
        where T : class, IMessagingExtensionQueryHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMessagingExtensionQueryHandler, T>());
        return services;
    }

    /// <summary>
    /// Incident reporting, triage and escalation (Incidents:* options): the service and escalation timer, the cards,
    /// the "report" and "status" commands, incident-like free text and the "incident.*" card actions.
    /// </summary>
    public static IHostApplicationBuilder AddIncidents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddIncidents();
        return builder;
    }

    /// <inheritdoc cref="AddIncidents(IHostApplicationBuilder)"/>
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddIncidentServices();
        services.TryAddSingleton<IIncidentCardRenderer, IncidentCardRenderer>();
        services.AddChatCommand<ReportCommand>();
        services.AddChatCommand<StatusCommand>();
        services.AddFreeTextHandler<IncidentFreeTextHandler>();
        services.AddCardActionHandler<IncidentCardActionHandler>();
        return services;
    }
}
