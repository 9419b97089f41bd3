using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SecurityBot.BotFramework.Builder;
using SecurityBot.Conversation;
using SecurityBot.Core.Incidents;
using SecurityBot.Core.RiskAcceptances;
using SecurityBot.Health;
using SecurityBot.Incidents;
using SecurityBot.Infrastructure;
using SecurityBot.Policies;
using SecurityBot.RiskAcceptances;

namespace SecurityBot;

/// <summary>Registration of the bot's features, called from Program.cs.</summary>
public static class DependencyInjection
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// Health and logs: /healthz (the process is up) and /readyz (database answers, policies loaded); JSON console
    /// logs outside Development so a log pipeline gets structured fields, readable text when developing.
    /// </summary>
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<PolicyLibraryHealthCheck>("policies", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>Maps /healthz (liveness: no checks) and /readyz (readiness: the checks tagged ready).</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        return app;
    }

    /// <summary>The bot itself: turn routing to the features, help, and the welcome.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<HandlerDirectory>();
        builder.Services.TryAddSingleton<CommandCatalog>();
        builder.Services.TryAddScoped<WelcomeSender>();
        builder.Services.TryAddScoped<PrivateReplies>();
        builder.Services.TryAddScoped<IBot, SecurityBotActivityHandler>();
        return builder;
    }

    /// <summary>Adds a text command; scoped, so it may use the DbContext of the turn.</summary>
    public static IServiceCollection AddChatCommand<T>(this IServiceCollection services)
        where T : class, IChatCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IChatCommand, T>());
        services.TryAddScoped<T>();
        services.AddSingleton(new HandlerRegistration(typeof(IChatCommand), typeof(T)));
        return services;
    }

    /// <summary>Adds a handler for free text that is not a command.</summary>
    public static IServiceCollection AddFreeTextHandler<T>(this IServiceCollection services)
        where T : class, IFreeTextHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFreeTextHandler, T>());
        services.TryAddScoped<T>();
        services.AddSingleton(new HandlerRegistration(typeof(IFreeTextHandler), typeof(T)));
        return services;
    }

    /// <summary>Adds a handler for Action.Execute verbs.</summary>
    public static IServiceCollection AddCardActionHandler<T>(this IServiceCollection services)
        where T : class, ICardActionHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICardActionHandler, T>());
        services.TryAddScoped<T>();
        services.AddSingleton(new HandlerRegistration(typeof(ICardActionHandler), typeof(T)));
        return services;
    }

    /// <summary>Adds a message extension query handler.</summary>
    public static IServiceCollection AddMessagingExtensionQueryHandler<T>(this IServiceCollection services)
        where T : class, IMessagingExtensionQueryHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IMessagingExtensionQueryHandler, T>());
        services.TryAddScoped<T>();
        services.AddSingleton(new HandlerRegistration(typeof(IMessagingExtensionQueryHandler), typeof(T)));
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

    /// <summary>
    /// Risk acceptances (RiskAcceptances:* options): the "risk" command, the risk card actions (including
    /// "risk.request.open" from policy answers), the cards the outbox sends, and the workflow, timers and audit log
    /// from SecurityBot.Infrastructure. Needs AddPersistence and AddDirectory.
    /// </summary>
    public static IHostApplicationBuilder AddRiskAcceptances(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRiskAcceptanceWorkflow();
        builder.Services.TryAddSingleton<IRiskAcceptanceCards, RiskCardRenderer>();
        builder.Services.TryAddScoped<RiskActors>();
        builder.Services.AddChatCommand<RiskCommand>();
        builder.Services.AddCardActionHandler<RiskCardActionHandler>();
        return builder;
    }
}
