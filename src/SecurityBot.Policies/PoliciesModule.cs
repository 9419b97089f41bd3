using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Health;

namespace SecurityBot.Policies;

/// <summary>The security policy library capability: everything it needs, registered by one call.</summary>
public static class PoliciesModule
{
    /// <summary>
    /// The Markdown policy library (Policies:* options), its search index and the folder watcher that reloads it, the
    /// readiness check, and its Teams side: the "policy" command, policy questions in free text, the policy card
    /// buttons and the compose-box search.
    /// </summary>
    public static IHostApplicationBuilder AddPolicies(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPolicies();
        return builder;
    }

    /// <inheritdoc cref="AddPolicies(IHostApplicationBuilder)"/>
    public static IServiceCollection AddPolicies(this IServiceCollection services)
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
        services.TryAddSingleton<IPolicyCatalog>(sp => sp.GetRequiredService<PolicyLibrary>());
        services.TryAddSingleton<IPolicyDocuments>(sp => sp.GetRequiredService<PolicyLibrary>());
        services.TryAddSingleton<IPolicyReviews>(sp => sp.GetRequiredService<PolicyLibrary>());
        services.AddHostedService<PolicyFolderWatcher>();
        services.AddHealthChecks().AddCheck<PolicyLibraryHealthCheck>("policies", tags: [HealthTags.Ready]);

        services.TryAddScoped<PolicyResponder>();
        services.AddChatCommand<PolicyCommand>();
        services.AddFreeTextHandler<PolicyQuestionHandler>();
        services.AddCardActionHandler<PolicyActionHandler>();
        services.AddMessagingExtensionQueryHandler<PolicySearchExtension>();
        return services;
    }
}
