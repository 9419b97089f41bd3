using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.Infrastructure.Persistence;

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
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => DatabaseConnection.Resolve(
            sp.GetRequiredService<IOptions<DatabaseOptions>>(),
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>()));
        services.AddDbContext<SecurityBotDbContext>((sp, options) => DbContextSetup.Configure(
            options,
            sp.GetRequiredService<DatabaseConnection>(),
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddHostedService<DatabaseStartup>();
        return builder;
    }
}
