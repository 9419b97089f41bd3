using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SecurityBot.Core;
using SecurityBot.Core.Directory;
using SecurityBot.Infrastructure.Directory;
using SecurityBot.Infrastructure.Directory.Caching;
using SecurityBot.Infrastructure.Directory.Graph;
using SecurityBot.Infrastructure.Directory.Local;
using SecurityBot.Core.Policies;
using SecurityBot.Infrastructure.Policies;

namespace SecurityBot.Infrastructure;

/// <summary>Registration of the infrastructure adapters, one method per area.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// The directory (Directory:Provider Local or Graph, Directory:* options) behind its cache, the Teams app installer,
    /// and the security roles and recipient routing built on them (Roles:*, Routing:*).
    /// </summary>
    public static IHostApplicationBuilder AddDirectory(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDirectory();
        return builder;
    }

    /// <inheritdoc cref="AddDirectory(IHostApplicationBuilder)"/>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectoryCacheOptions>().BindConfiguration(DirectoryCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphDirectoryOptions>().BindConfiguration(GraphDirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GraphDirectoryOptions>, GraphRegistrationDefaults>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphDirectoryOptions>, GraphDirectoryOptionsValidator>());

        services.AddHttpClient(GraphHttpClients.Token);
        services.AddHttpClient(GraphHttpClients.Graph, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<GraphDirectoryOptions>>().Value.TimeoutSeconds))
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) => AddGraphMiddleware(handlers, sp.GetRequiredService<IOptions<GraphDirectoryOptions>>().Value));

        services.TryAddSingleton<GraphCredentialFactory>();
        services.TryAddSingleton<GraphClientSource>();
        services.TryAddSingleton(sp => LocalDirectory.Load(sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.LocalFilePath));
        services.TryAddSingleton<IDirectory>(CreateDirectory);
        services.TryAddSingleton<ITeamsAppInstaller>(sp => sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.Provider == DirectoryProvider.Graph
            ? ActivatorUtilities.CreateInstance<GraphTeamsAppInstaller>(sp)
            : new LocalTeamsAppInstaller());
        services.AddRecipientRouting();
        return services;
    }

    private static IDirectory CreateDirectory(IServiceProvider sp)
    {
        IDirectory source = sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.Provider switch
        {
            DirectoryProvider.Graph => ActivatorUtilities.CreateInstance<GraphDirectory>(sp),
            _ => sp.GetRequiredService<LocalDirectory>(),
        };
        var cache = sp.GetRequiredService<IOptions<DirectoryCacheOptions>>();
        return cache.Value.Enabled ? new CachingDirectory(source, cache) : source;
    }

    /// <summary>
    /// The Graph SDK's own middleware (retry honouring Retry-After, redirect, compression, telemetry headers), with the
    /// retry count bounded by Directory:Graph:MaxRetries; the primary handler stays the factory's, so it can be replaced.
    /// </summary>
    private static void AddGraphMiddleware(IList<DelegatingHandler> handlers, GraphDirectoryOptions options)
    {
        foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
        {
            handlers.Add(handler is RetryHandler
                ? new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries })
                : handler);
        }
    }
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
