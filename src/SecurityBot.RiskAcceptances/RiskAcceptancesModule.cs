using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform;

namespace SecurityBot.RiskAcceptances;

/// <summary>The risk acceptances capability: everything it needs, registered by one call.</summary>
public static class RiskAcceptancesModule
{
    /// <summary>
    /// Risk acceptances (RiskAcceptances:* options): request and decision use cases, lifecycle timers ("risk.reminder",
    /// "risk.expiry"), the register, the entities, the cards the outbox sends, the "risk" command and the risk card
    /// actions (including "risk.request.open" from policy answers). Needs the platform (AddPersistence, AddDirectory,
    /// AddBot); uses the policy catalogue when a capability provides one.
    /// </summary>
    public static IHostApplicationBuilder AddRiskAcceptances(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRiskAcceptances();
        return builder;
    }

    /// <inheritdoc cref="AddRiskAcceptances(IHostApplicationBuilder)"/>
    public static IServiceCollection AddRiskAcceptances(this IServiceCollection services)
    {
        services.AddOptions<RiskAcceptanceOptions>().BindConfiguration(RiskAcceptanceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddPersistenceModel<RiskAcceptance>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RiskApproverResolver>();
        services.TryAddSingleton<RiskAccess>();
        services.TryAddScoped<RiskRequestBuilder>();
        services.TryAddScoped<RiskAcceptanceUnitOfWork>();
        services.TryAddScoped<IRiskFacts, RiskFactSource>();
        services.TryAddScoped<RiskAcceptanceNotifier>();
        services.TryAddScoped<RiskObservers>();
        services.TryAddScoped<RiskAcceptanceService>();
        services.TryAddScoped<RiskAcceptanceLifecycle>();
        services.TryAddScoped<RiskAcceptanceRegister>();
        services.AddTimerHandler<RiskReminderTimerHandler>();
        services.AddTimerHandler<RiskExpiryTimerHandler>();
        services.AddUndeliverableHandler<RiskUndeliverableHandler>();

        services.TryAddSingleton<RiskCardRenderer>();
        services.AddChatCommand<RiskCommand>();
        services.AddCardActionHandler<RiskCardActionHandler>();
        return services;
    }
}
