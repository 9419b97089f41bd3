using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Builder;
using SecurityBot.Core.Notifications;
using SecurityBot.Core.Timers;
using SecurityBot.Infrastructure.Conversations;
using SecurityBot.Infrastructure.Notifications;
using SecurityBot.Infrastructure.Notifications.RateLimiting;
using SecurityBot.Infrastructure.Persistence;
using SecurityBot.Infrastructure.Timers;

namespace SecurityBot.Infrastructure;

/// <summary>Registration of the infrastructure parts; one method per area, called from Program.cs.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// EF Core (SQLite or PostgreSQL) with the schema brought up to date at start, conversation references, the
    /// notification outbox and its dispatcher, card copies and durable timers.
    /// </summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPersistence();
        return builder;
    }

    /// <summary>The same as <see cref="AddPersistence(IHostApplicationBuilder)"/> for a bare service collection (tests, tools).</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddDatabase(services);
        AddConversationReferences(services);
        AddOutbox(services);
        AddTimers(services);
        return services;
    }

    /// <summary>Registers the handler of one timer kind (scoped: it gets the turn-like unit of work of the firing).</summary>
    public static IServiceCollection AddTimerHandler<THandler>(this IServiceCollection services)
        where THandler : class, ITimerHandler
    {
        services.AddScoped<ITimerHandler, THandler>();
        return services;
    }

    private static void AddDatabase(IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => DatabaseConnection.Resolve(
            sp.GetRequiredService<IOptions<DatabaseOptions>>(),
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.AddDbContext<SecurityBotDbContext>((sp, options) =>
        {
            DbContextSetup.Configure(options, sp.GetRequiredService<DatabaseConnection>(), sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
            options.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>());
        });
        services.AddHostedService<DatabaseStartup>();
    }

    private static void AddConversationReferences(IServiceCollection services)
    {
        services.AddSingleton<ConversationReferenceCache>();
        services.AddScoped<ConversationReferenceRecorder>();
        services.AddSingleton<IMiddleware, ConversationReferenceMiddleware>();
        services.AddHostedService<StoredServiceUrlTrust>();
    }

    private static void AddOutbox(IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => Validator.TryValidateObject(o.RateLimits, new ValidationContext(o.RateLimits), null, validateAllProperties: true),
                "Outbox:RateLimits has a value out of range.")
            .ValidateOnStart();
        services.AddSingleton<SendRateLimiter>();
        services.AddScoped<INotificationOutbox, EfNotificationOutbox>();
        services.AddScoped<CardCopyLedger>();
        services.AddScoped<ICardCopyRecorder>(sp => sp.GetRequiredService<CardCopyLedger>());
        services.AddScoped<ICardCopyUpdater>(sp => sp.GetRequiredService<CardCopyLedger>());
        services.TryAddScoped<IDeliveryFailureNotifier, SecurityTeamDeliveryFailureNotifier>();
        services.AddScoped<DeliveryTargetResolver>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<OutboxDispatcher>();
    }

    private static void AddTimers(IServiceCollection services)
    {
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ITimerScheduler, EfTimerScheduler>();
        services.AddSingleton<TimerScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerScheduler>());
    }
}
