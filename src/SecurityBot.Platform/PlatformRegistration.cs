using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using SecurityBot.BotFramework.Builder;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Timers;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Directory.Caching;
using SecurityBot.Platform.Directory.Graph;
using SecurityBot.Platform.Directory.Local;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Notifications.RateLimiting;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Platform;

/// <summary>Registration of what every capability shares, one method per area, called from Program.cs.</summary>
public static class PlatformRegistration
{
    /// <summary>
    /// The directory (Directory:Provider Local or Graph, Directory:* options) behind its cache, the Teams app installer,
    /// the Teams group chats (crisis rooms; Graph only), and the security roles and recipient routing built on them (Roles:*, Routing:*).
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
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidator>());
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
        services.TryAddSingleton<ActorResolver>();
        services.TryAddSingleton<ITeamsAppInstaller>(sp => sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.Provider == DirectoryProvider.Graph
            ? ActivatorUtilities.CreateInstance<GraphTeamsAppInstaller>(sp)
            : new LocalTeamsAppInstaller());
        services.TryAddSingleton<ITeamsChats>(sp => sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.Provider == DirectoryProvider.Graph
            ? ActivatorUtilities.CreateInstance<GraphTeamsChats>(sp)
            : new LocalTeamsChats());
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

    /// <summary>
    /// EF Core (SQLite or PostgreSQL) with the schema brought up to date at start, conversation references, the
    /// notification outbox and its dispatcher, card copies, durable timers, the audit log, and file offers
    /// (<see cref="IFileOffers"/>: files sent privately through the Teams file consent flow; Files:* options).
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
        AddRegional(services);
        AddOutbox(services);
        AddTimers(services);
        AddAuditLog(services);
        AddFileOffers(services);
        return services;
    }

    /// <summary>Registers the handler of one timer kind (scoped: it gets the turn-like unit of work of the firing).</summary>
    public static IServiceCollection AddTimerHandler<THandler>(this IServiceCollection services)
        where THandler : class, ITimerHandler
    {
        services.AddScoped<ITimerHandler, THandler>();
        return services;
    }

    /// <summary>Registers a capability's answer to undelivered messages about its entity type (see <see cref="IUndeliverableHandler"/>).</summary>
    public static IServiceCollection AddUndeliverableHandler<THandler>(this IServiceCollection services)
        where THandler : class, IUndeliverableHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IUndeliverableHandler, THandler>());
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
        services.TryAddSingleton<AuditAppendGate>();
        services.TryAddSingleton<AuditAppendGateRelease>();
        services.AddDbContext<SecurityBotDbContext>((sp, options) =>
        {
            DbContextSetup.Configure(options, sp.GetRequiredService<DatabaseConnection>(), sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
            options.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>(), sp.GetRequiredService<AuditAppendGateRelease>());
        });
        services.AddHostedService<DatabaseStartup>();
    }

    private static void AddConversationReferences(IServiceCollection services)
    {
        services.AddSingleton<ConversationReferenceCache>();
        services.TryAddSingleton<KeyedLock>();
        services.AddScoped<ConversationReferenceRecorder>();
        services.TryAddScoped<TeamsUserIdLookup>();
        services.AddSingleton<IMiddleware, ConversationReferenceMiddleware>();
        services.AddHostedService<StoredServiceUrlTrust>();
    }

    /// <summary>Each person's time zone and locale, remembered from Teams (Regional:* options), and how times are shown to them.</summary>
    private static void AddRegional(IServiceCollection services)
    {
        services.AddOptions<RegionalOptions>().BindConfiguration(RegionalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegionalOptions>, RegionalOptionsValidator>());
        services.AddScoped<RegionRecorder>();
        services.AddSingleton<IMiddleware, RegionMiddleware>();
        services.TryAddScoped<ITimeDisplays, PersonTimeDisplays>();
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
        services.TryAddScoped<SecurityTeamDeliveryFailureNotifier>();
        services.TryAddScoped<IDeliveryFailureNotifier>(sp => sp.GetRequiredService<SecurityTeamDeliveryFailureNotifier>());
        services.TryAddScoped<ITimerFailureNotifier>(sp => sp.GetRequiredService<SecurityTeamDeliveryFailureNotifier>());
        services.AddScoped<DeliveryTargetResolver>();
        services.AddScoped<UnreachableRecipients>();
        services.AddScoped<UnreachableReinstall>();
        services.AddScoped<Reachability>();
        services.AddTimerHandler<UndeliverableTimerHandler>();
        services.AddScoped<TenantServiceUrl>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<OutboxDispatcher>();
    }

    /// <summary>The keyed audit log (Audit:* options; the key is validated at start) and its checkpoint writer.</summary>
    private static void AddAuditLog(IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(sp => AuditKeys.Create(sp.GetRequiredService<IOptions<AuditOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddScoped<AuditLogReader>();
        services.TryAddScoped<IAuditLog, EfAuditLog>();
        services.TryAddScoped<AuditCheckpointWriter>();
        services.AddHostedService<AuditCheckpointService>();
    }

    /// <summary>File offers, their fileConsent/invoke handling (dispatched by the bot) and the upload client, which sends no credentials.</summary>
    private static void AddFileOffers(IServiceCollection services)
    {
        services.AddOptions<FileOffersOptions>().BindConfiguration(FileOffersOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.HoldOutlastsUpload(), "Files:UploadHoldSeconds must be longer than Files:UploadTimeoutSeconds.")
            .ValidateOnStart();
        // The factory's own request logging would write the upload URL, a bearer capability, at Information: removed.
        services.AddHttpClient(FileHttpClients.Upload, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<FileOffersOptions>>().Value.UploadTimeoutSeconds))
            .RemoveAllLoggers();
        services.AddHttpClient(FileHttpClients.Download, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<FileOffersOptions>>().Value.UploadTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            .RemoveAllLoggers();
        services.TryAddSingleton<FileDownloader>();
        services.TryAddScoped<IFileOffers, EfFileOffers>();
        services.TryAddScoped<FileOfferStore>();
        services.TryAddScoped<FileUploader>();
        services.TryAddScoped<FileConsentHandler>();
        services.AddTimerHandler<FileOfferExpiryHandler>();
    }

    private static void AddTimers(IServiceCollection services)
    {
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FiringTimer>();
        services.AddScoped<ITimerScheduler, EfTimerScheduler>();
        services.AddSingleton<TimerScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerScheduler>());
    }
}
