using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.Platform;

namespace SecurityBot.Crisis;

/// <summary>The crisis-room capability: everything it needs, registered by one call.</summary>
public static class CrisisModule
{
    /// <summary>
    /// Crisis rooms for critical incidents (Crisis:* options, validated at start): the Teams group chat made through
    /// Graph with the right people, the incident's live card in it, the room's commands, stakeholder updates to the
    /// executives and their reminders. Hears the incidents capability through IIncidentObserver and acts on it through
    /// IIncidentActions, without a project reference. Needs the platform (AddPersistence, AddDirectory, AddBot).
    /// </summary>
    public static IHostApplicationBuilder AddCrisisRooms(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCrisisRooms();
        return builder;
    }

    /// <inheritdoc cref="AddCrisisRooms(IHostApplicationBuilder)"/>
    public static IServiceCollection AddCrisisRooms(this IServiceCollection services)
    {
        services.AddOptions<CrisisOptions>().BindConfiguration(CrisisOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.UpdateCadence.Values.All(v => v >= TimeSpan.FromMinutes(5)), "Crisis:UpdateCadence values must be at least 5 minutes.")
            .Validate(o => o.Roster.All(r => !string.IsNullOrWhiteSpace(r.Value)), "Crisis:Roster entries need an Entra group id.")
            .Validate(o => o.ManualMinimumSeverity <= o.AutoDeclareSeverity, "Crisis:ManualMinimumSeverity must not be above Crisis:AutoDeclareSeverity.")
            .ValidateOnStart();
        services.AddOptions<RegulatorOptions>().BindConfiguration(RegulatorOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.ReminderHoursAreValid(), "Crisis:Regulator:ReminderHoursBefore values must be positive and below Crisis:Regulator:NotificationHours.")
            .ValidateOnStart();
        services.AddPersistenceModel<CrisisRoom>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<CrisisRoomStore>();
        services.TryAddScoped<CrisisMembership>();
        services.TryAddScoped<CrisisMessages>();
        services.TryAddScoped<CrisisRoomSteps>();
        services.TryAddScoped<CrisisFailureNotices>();
        services.TryAddScoped<CrisisDeclarations>();
        services.TryAddScoped<StakeholderUpdates>();
        services.TryAddScoped<AssigneeLookup>();
        services.TryAddScoped<RegulatorPeople>();
        services.TryAddScoped<RegulatorClocks>();
        services.TryAddScoped<ReviewStore>();
        services.TryAddScoped<PostIncidentReviews>();
        services.TryAddScoped<FollowUps>();
        services.TryAddScoped<ReviewExport>();
        services.AddScoped<IIncidentObserver, CrisisIncidentObserver>();
        services.TryAddSingleton<ICrisisRooms>(sp => new SeverityRoomOffer(sp.GetRequiredService<IOptions<CrisisOptions>>()));
        services.AddTimerHandler<CrisisRoomHandler>();
        services.AddTimerHandler<UpdateDueHandler>();
        services.AddTimerHandler<RegulatorReminderHandler>();
        services.AddTimerHandler<FollowUpReminderHandler>();
        services.AddChatCommand<CrisisCommand>();
        services.AddChatCommand<RegulatorCommand>();
        services.AddChatCommand<ExportCommand>();
        services.AddCardActionHandler<OpenCrisisRoomHandler>();
        services.AddCardActionHandler<SaveReviewHandler>();
        services.AddCardActionHandler<FollowUpDoneHandler>();
        return services;
    }
}
