using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.BotFramework.Builder;
using SecurityBot.Platform.Deliveries;

namespace SecurityBot.Platform.Chat;

/// <summary>The turn router and the contracts through which capabilities add their Teams handlers.</summary>
public static class ChatRegistration
{
    /// <summary>The bot itself: turn routing to the capabilities, help, the welcome and private replies.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBot();
        return builder;
    }

    /// <inheritdoc cref="AddBot(IHostApplicationBuilder)"/>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<HandlerDirectory>();
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddScoped<WelcomeSender>();
        services.TryAddScoped<PrivateReplies>();
        // admin deliveries (security roles): unreachable people and undelivered messages, with Retry.
        services.TryAddScoped<DeliveriesAccess>();
        services.TryAddScoped<DeliveriesReport>();
        services.AddChatCommand<DeliveriesCommand>();
        services.AddCardActionHandler<DeliveryRetryHandler>();
        services.TryAddScoped<IBot, SecurityBotActivityHandler>();
        return services;
    }

    /// <summary>Adds a text command; scoped, so it may use the DbContext of the turn.</summary>
    public static IServiceCollection AddChatCommand<T>(this IServiceCollection services)
        where T : class, IChatCommand => services.AddHandler<IChatCommand, T>();

    /// <summary>Adds a handler for free text that is not a command.</summary>
    public static IServiceCollection AddFreeTextHandler<T>(this IServiceCollection services)
        where T : class, IFreeTextHandler => services.AddHandler<IFreeTextHandler, T>();

    /// <summary>Adds a handler for Action.Execute verbs.</summary>
    public static IServiceCollection AddCardActionHandler<T>(this IServiceCollection services)
        where T : class, ICardActionHandler => services.AddHandler<ICardActionHandler, T>();

    /// <summary>Adds a message extension query handler.</summary>
    public static IServiceCollection AddMessagingExtensionQueryHandler<T>(this IServiceCollection services)
        where T : class, IMessagingExtensionQueryHandler => services.AddHandler<IMessagingExtensionQueryHandler, T>();

    /// <summary>Adds a message extension action handler (fetchTask and submitAction of one command).</summary>
    public static IServiceCollection AddMessagingExtensionActionHandler<T>(this IServiceCollection services)
        where T : class, IMessagingExtensionActionHandler => services.AddHandler<IMessagingExtensionActionHandler, T>();

    /// <summary>Adds the handler of messages that carry files (one per bot: the first registered wins).</summary>
    public static IServiceCollection AddIncomingFileHandler<T>(this IServiceCollection services)
        where T : class, IIncomingFileHandler => services.AddHandler<IIncomingFileHandler, T>();

    private static IServiceCollection AddHandler<TContract, T>(this IServiceCollection services)
        where TContract : class
        where T : class, TContract
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<TContract, T>());
        services.TryAddScoped<T>();
        services.AddSingleton(new HandlerRegistration(typeof(TContract), typeof(T)));
        return services;
    }
}
