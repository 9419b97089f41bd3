using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityBot.Conversation;
using SecurityBot.Infrastructure;
using SecurityBot.Policies;

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
    /// The security policy library (folder, index, reload on change) and its Teams side: the "policy" command,
    /// policy questions in free text, the policy card buttons and the compose-box search.
    /// </summary>
    public static IHostApplicationBuilder AddPolicies(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPolicyLibrary();
        builder.Services.TryAddScoped<PolicyResponder>();
        builder.Services.AddChatCommand<PolicyCommand>();
        builder.Services.AddFreeTextHandler<PolicyQuestionHandler>();
        builder.Services.AddCardActionHandler<PolicyActionHandler>();
        builder.Services.AddMessagingExtensionQueryHandler<PolicySearchExtension>();
        return builder;
    }
}
