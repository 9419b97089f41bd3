using System.Globalization;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// SIEM alerts become incidents through the same use case as a person's report (<see cref="IIncidentService.ReportAsync"/>):
/// the same correlation with open incidents, routing, escalation timer, observers and the same submission key that
/// makes a repeated or concurrent delivery of one alert answer with the incident the first one opened.
/// </summary>
internal sealed class IncidentIntake(IIncidentService incidents, TimeProvider time) : IIncidentIntake
{
    public async Task<AlertIntakeResult> RaiseAlertAsync(IncidentAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!AlertDraft.TryCreate(alert, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var draft, out var errors))
        {
            return AlertIntakeResult.Invalid(errors);
        }

        var request = new ReportIncidentRequest(draft.Reporter, draft.Report.Category.Key(), draft.Report.Description, draft.Report.OccurredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AffectedSystem: null, draft.Report.Evidence, Clicked: "false", ConfirmationCard: null, draft.SubmissionKey, draft.Origin);
        var result = await incidents.ReportAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            return AlertIntakeResult.Invalid(result.Errors);
        }

        return AlertIntakeResult.Raised(result.Incident.DisplayNumber, alreadyRaised: result.Repeated);
    }
}
