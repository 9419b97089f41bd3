using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Routing;

/// <summary>
/// The routing rules. Every role is resolved against the directory when the event happens; when a role resolves
/// to nobody the decision climbs (responders → security team → security lead → CSO) and says so in its notes.
/// </summary>
public sealed class RecipientRouter(IDirectory directory, ISecurityRoles roles, IOptions<RoutingOptions> options) : IRecipientRouter
{
    /// <summary>The order a role climbs when it resolves to nobody.</summary>
    private static readonly EscalationTarget[] Upwards =
        [EscalationTarget.IncidentResponders, EscalationTarget.SecurityTeam, EscalationTarget.SecurityLead, EscalationTarget.Cso];

    private readonly RoutingOptions _options = options.Value;

    public async Task<RoutingDecision> RouteIncidentAsync(IncidentRoutingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The reporter already holds the incident card; telling them again about their own report is noise.
        var list = new RecipientListBuilder(request.ReporterId is null ? [] : [request.ReporterId]);
        var severity = request.Severity;

        if (severity >= _options.SecurityTeamFromSeverity)
        {
            await AddWithFallbackAsync(list, EscalationTarget.SecurityTeam, $"{severity} incident", cancellationToken).ConfigureAwait(false);
        }

        if (severity >= _options.IncidentRespondersFromSeverity)
        {
            await AddWithFallbackAsync(list, EscalationTarget.IncidentResponders, $"{severity} incident", cancellationToken).ConfigureAwait(false);
        }

        if (severity >= _options.ManagerFromSeverity && request.ReporterId is not null)
        {
            var manager = await directory.GetManagerAsync(request.ReporterId, cancellationToken).ConfigureAwait(false);
            if (list.Add(manager, "reporter's manager") == 0)
            {
                list.Fallback("The reporter has no manager in the directory; the security lead is told instead.");
                await AddWithFallbackAsync(list, EscalationTarget.SecurityLead, "standing in for the reporter's manager", cancellationToken).ConfigureAwait(false);
            }
        }

        if (severity >= _options.SecurityLeadFromSeverity)
        {
            await AddWithFallbackAsync(list, EscalationTarget.SecurityLead, $"{severity} incident", cancellationToken).ConfigureAwait(false);
        }

        var csoCategory = request.Category is { Length: > 0 } category
            && _options.CsoCategories.Contains(category, StringComparer.OrdinalIgnoreCase);
        if (csoCategory || severity >= _options.CsoFromSeverity)
        {
            var why = csoCategory ? $"category {request.Category}" : $"{severity} incident";
            await AddWithFallbackAsync(list, EscalationTarget.Cso, why, cancellationToken).ConfigureAwait(false);
        }

        return list.Build(string.IsNullOrWhiteSpace(_options.SecurityTeamChannelId) ? null : _options.SecurityTeamChannelId);
    }

    public async Task<RoutingDecision> RouteEscalationAsync(EscalationRoutingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.StepIndex);
        var chain = _options.EffectiveEscalationChain;
        var list = new RecipientListBuilder(request.ReporterId is null ? [] : [request.ReporterId]);

        var step = request.StepIndex;
        if (step >= chain.Count)
        {
            step = chain.Count - 1;
            list.Note($"Step {request.StepIndex + 1} is beyond the {chain.Count}-step escalation chain; it stays at the last step ({chain[step]}).");
        }

        for (var i = step; i < chain.Count; i++)
        {
            var (users, label) = await ResolveAsync(chain[i], list, cancellationToken).ConfigureAwait(false);
            if (list.Add(users, $"{label} (escalation step {i + 1})") > 0)
            {
                return list.Build();
            }

            list.Fallback(i + 1 < chain.Count
                ? $"Escalation step {i + 1} ({chain[i]}) resolved to nobody; escalating to step {i + 2} ({chain[i + 1]})."
                : $"Escalation step {i + 1} ({chain[i]}) resolved to nobody and it is the last step.");
        }

        list.Fallback("Nobody in the escalation chain could be reached; the incident needs operator attention.");
        return list.Build();
    }

    public async Task<RoutingDecision> RouteRiskAcceptanceAsync(RiskAcceptanceRoutingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Segregation of duties: whoever asks for a risk to be accepted never approves it.
        var list = new RecipientListBuilder([request.RequesterId]);
        switch (request.Stage)
        {
            case RiskAcceptanceStage.Manager:
                var manager = await directory.GetManagerAsync(request.RequesterId, cancellationToken).ConfigureAwait(false);
                if (list.Add(manager, "requester's manager") == 0)
                {
                    list.Fallback("The requester has no manager in the directory; the security lead approves in the manager's place.");
                    await AddWithFallbackAsync(list, EscalationTarget.SecurityLead, "standing in for the requester's manager", cancellationToken).ConfigureAwait(false);
                }

                break;
            case RiskAcceptanceStage.SecurityTeam:
                await AddWithFallbackAsync(list, EscalationTarget.SecurityTeam, "security review", cancellationToken).ConfigureAwait(false);
                break;
            case RiskAcceptanceStage.Cso:
                await AddWithFallbackAsync(list, EscalationTarget.Cso, "final approval", cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Stage, "Unknown risk acceptance stage.");
        }

        return list.Build();
    }

    /// <summary>Adds the target's people; when none is eligible, climbs <see cref="Upwards"/> and records why.</summary>
    private async Task AddWithFallbackAsync(RecipientListBuilder list, EscalationTarget target, string why, CancellationToken cancellationToken)
    {
        var start = Array.IndexOf(Upwards, target);
        for (var i = start; i < Upwards.Length; i++)
        {
            var (users, label) = await ResolveAsync(Upwards[i], list, cancellationToken).ConfigureAwait(false);
            var reason = i == start ? $"{label} ({why})" : $"{label} (standing in for {Describe(target)}: {why})";
            if (list.Add(users, reason) > 0)
            {
                return;
            }

            if (i + 1 < Upwards.Length)
            {
                list.Fallback($"The {Describe(Upwards[i])} resolved to nobody eligible; falling back to the {Describe(Upwards[i + 1])}.");
            }
        }

        list.Fallback($"Nobody eligible was found for the {Describe(target)} or anyone above it; this needs operator attention.");
    }

    private async Task<(IReadOnlyList<DirectoryUser> Users, string Label)> ResolveAsync(
        EscalationTarget target, RecipientListBuilder list, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case EscalationTarget.SecurityTeam:
                return (await roles.GetSecurityTeamAsync(cancellationToken).ConfigureAwait(false), "security team");
            case EscalationTarget.IncidentResponders:
                return (await roles.GetIncidentRespondersAsync(cancellationToken).ConfigureAwait(false), "incident responder");
            case EscalationTarget.SecurityLead:
                var lead = await roles.GetSecurityLeadAsync(cancellationToken).ConfigureAwait(false);
                return (lead is null ? [] : [lead], "security lead");
            case EscalationTarget.Cso:
                var cso = await roles.GetCsoAsync(cancellationToken).ConfigureAwait(false);
                if (cso is not null && !list.IsExcluded(cso.Id))
                {
                    return ([cso], "CSO");
                }

                // No CSO configured, or the CSO is the requester: the risk approvers group is the CSO's office.
                if (cso is not null)
                {
                    list.Fallback("The CSO is the requester; the other risk approvers stand in.");
                }

                return (await roles.GetRiskApproversAsync(cancellationToken).ConfigureAwait(false), "risk approver (CSO office)");
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown escalation target.");
        }
    }

    private static string Describe(EscalationTarget target) => target switch
    {
        EscalationTarget.SecurityTeam => "security team",
        EscalationTarget.IncidentResponders => "incident responders",
        EscalationTarget.SecurityLead => "security lead",
        EscalationTarget.Cso => "CSO",
        _ => target.ToString(),
    };
}
