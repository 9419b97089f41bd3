using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform;

namespace SecurityBot.Attestation;

/// <summary>The policy attestation capability: everything it needs, registered by one call.</summary>
public static class AttestationModule
{
    /// <summary>
    /// Policy attestation campaigns (Attestation:* options, validated at start): security roles ask a group, a
    /// department or everyone to read and accept a policy version; cards go out through the outbox, acceptances are
    /// evidence in the audit chain, reminders and the manager notice follow the business calendar, the owner's
    /// progress card stays current. Reads the policies through IPolicyDocuments, without a project reference. Needs
    /// the platform (AddPersistence, AddDirectory, AddBot) and a policy library (AddPolicies). A
    /// newer version of an attested policy is offered to the last campaign's owner as a re-attestation (checked at
    /// start and every Attestation:VersionCheckSeconds).
    /// </summary>
    public static IHostApplicationBuilder AddAttestation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAttestation();
        return builder;
    }

    /// <inheritdoc cref="AddAttestation(IHostApplicationBuilder)"/>
    public static IServiceCollection AddAttestation(this IServiceCollection services)
    {
        services.AddOptions<AttestationOptions>().BindConfiguration(AttestationOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.TimeZoneIsKnown(), "Attestation:TimeZone is not a time zone this machine knows.")
            .Validate(o => o.RemindBusinessDaysBefore.All(d => d is > 0 and <= 30), "Attestation:RemindBusinessDaysBefore values must be 1-30.")
            .Validate(o => o.Groups.All(g => !string.IsNullOrWhiteSpace(g.Value)), "Attestation:Groups entries need an Entra group id.")
            .ValidateOnStart();
        services.AddPersistenceModel<AttestationCampaign>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<AttestationStore>();
        services.TryAddScoped<CampaignRoles>();
        services.TryAddScoped<AudienceResolver>();
        services.TryAddScoped<AttestationMessages>();
        services.TryAddScoped<CampaignProgress>();
        services.TryAddScoped<CampaignReader>();
        services.TryAddScoped<CampaignExports>();
        services.TryAddScoped<CampaignDrafts>();
        services.TryAddScoped<CampaignStarts>();
        services.TryAddScoped<Acceptances>();
        services.TryAddScoped<Questions>();
        services.TryAddScoped<Reattestations>();
        services.TryAddScoped<ReattestationChecks>();
        services.AddHostedService<ReattestationWatcher>();
        services.AddTimerHandler<FanOutHandler>();
        services.AddTimerHandler<ReminderHandler>();
        services.AddTimerHandler<ProgressHandler>();
        services.AddChatCommand<CampaignCommand>();
        services.AddCardActionHandler<CampaignActionHandler>();
        services.AddCardActionHandler<AttestationActionHandler>();
        services.AddCardActionHandler<ReattestActionHandler>();
        return services;
    }
}
