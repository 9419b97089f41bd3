namespace SecurityBot.Platform.Contracts;

/// <summary>
/// How another capability (the SIEM bridge) raises an incident without a project reference. The alert is triaged,
/// routed and escalated exactly like a person's report; <see cref="IncidentAlert.ExternalId"/> makes it idempotent
/// per <see cref="IncidentAlert.SourceSystem"/>: the same alert raised again, even concurrently, answers with the
/// incident the first one opened and changes nothing. The caller authenticates the sender; the intake validates the
/// content (bad input: <see cref="AlertIntakeResult.Errors"/>, nothing stored).
/// </summary>
public interface IIncidentIntake
{
    Task<AlertIntakeResult> RaiseAlertAsync(IncidentAlert alert, CancellationToken cancellationToken);
}
