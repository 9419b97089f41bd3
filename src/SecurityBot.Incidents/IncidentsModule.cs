using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform;

namespace SecurityBot.Incidents;

/// <summary>The incidents capability: everything it needs, registered by one call.</summary>
public static class IncidentsModule
{
    /// <summary>
    /// Incident reporting, triage and escalation (Incidents:* options): the use cases, the escalation timer, the
    /// entities, the cards, the "report" and "status" commands, incident-like free text and the "incident.*" card
    /// actions; <see cref="IIncidentActions"/> for other capabilities, which may register <see cref="IIncidentObserver"/>s
    /// (scoped: told inside each change's unit of work) and an <see cref="ICrisisRooms"/> (a singleton: the card renderer
    /// asks it). Needs the platform (AddPersistence, AddDirectory, AddBot).
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
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.BusinessHours.End > o.BusinessHours.Start, "Incidents:BusinessHours:End must be after Start.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.BusinessHours.TimeZone, out _), "Incidents:BusinessHours:TimeZone is not a known time zone id.")
            .Validate(o => o.AcknowledgeSla.Values.All(v => v > TimeSpan.Zero), "Incidents:AcknowledgeSla values must be positive.")
            .Validate(o => o.Evidence.AllowedExtensions.All(e => e.Length is > 0 and <= 10 && e.All(char.IsAsciiLetterOrDigit)),
                "Incidents:Evidence:AllowedExtensions must list extensions without the dot, letters and digits only.")
            .ValidateOnStart();
        services.AddPersistenceModel<Incident>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AcknowledgementSla(sp.GetRequiredService<IOptions<IncidentOptions>>().Value));
        services.TryAddSingleton(sp => new CorrelationRule(sp.GetRequiredService<IOptions<IncidentOptions>>().Value));
        services.TryAddSingleton<KeyedLock>();
        services.TryAddSingleton<IncidentCorrelationLock>();
        services.TryAddScoped<IncidentStore>();
        services.TryAddScoped<IncidentPeople>();
        services.TryAddScoped<IncidentCardPublisher>();
        services.TryAddScoped<IncidentEscalator>();
        services.TryAddScoped<IncidentRouting>();
        services.TryAddScoped<IncidentObservers>();
        services.TryAddScoped<IncidentTriage>();
        services.TryAddScoped<IIncidentService, IncidentService>();
        services.TryAddScoped<IIncidentFacts, IncidentFactSource>();
        services.TryAddScoped<IIncidentActions, IncidentActions>();
        services.TryAddScoped<IIncidentIntake, IncidentIntake>();
        services.AddTimerHandler<IncidentEscalationHandler>();
        services.AddUndeliverableHandler<IncidentUndeliverableHandler>();

        services.TryAddSingleton<CrisisRoomOffer>();
        services.TryAddSingleton<IncidentCardRenderer>();
        services.AddChatCommand<ReportCommand>();
        services.AddChatCommand<StatusCommand>();
        services.AddFreeTextHandler<IncidentFreeTextHandler>();
        services.AddCardActionHandler<IncidentCardActionHandler>();
        services.TryAddScoped<MessageAuthors>();
        services.TryAddScoped<IncidentEvidenceService>();
        services.TryAddScoped<EvidenceCopies>();
        services.AddIncomingFileHandler<EvidenceFileHandler>();
        services.AddMessagingExtensionActionHandler<ReportMessageAction>();
        return services;
    }
}
