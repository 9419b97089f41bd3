using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityBot.BotFramework.Builder;
using SecurityBot.Conversation;

namespace SecurityBot;

/// <summary>Registration of the bot's features, called from Program.cs.</summary>
public static class DependencyInjection
{
    /// <summary>The bot itself: turn routing to the features, help, and the welcome.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<CommandCatalog>();
        builder.Services.TryAddScoped<WelcomeSender>();
        builder.Services.TryAddScoped<IBot, SecurityBotActivityHandler>();
        return builder;
    }

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
}
