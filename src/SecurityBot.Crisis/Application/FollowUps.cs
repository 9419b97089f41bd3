using Microsoft.Extensions.Logging;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// "Done" on a follow-up reminder: the owner, the security lead or the CSO marks the action done, its reminders stop
/// and the audit log says who. Idempotent: a double click or a retried invoke finds it done and changes nothing.
/// </summary>
internal sealed partial class FollowUps(
    ReviewStore reviews,
    ISecurityRoles roles,
    ITimerScheduler timers,
    IAuditLog audit,
    TimeProvider time,
    ILogger<FollowUps> logger)
{
    private static readonly CommitRetry DoneRetry = new(MaxAttempts: 5, VersionConflicts: true, PlatformUniqueKeys.AuditSequence);

    public async Task<FollowUpOutcome> MarkDoneAsync(string incidentNumber, int number, ResolvedActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var isLeadOrCso = await IsLeadOrCsoAsync(actor.Id, cancellationToken);
        var name = actor.Name ?? "Unknown user";
        return await DoneRetry.RunAsync(reviews.Db, async _ =>
        {
            var review = await reviews.FindByIncidentAsync(incidentNumber, cancellationToken);
            var action = review?.FindAction(number);
            if (review is null || action is null || (!action.IsOwner(actor.Id) && !isLeadOrCso))
            {
                // A stranger learns nothing from a forwarded card: the same answer as an action that does not exist.
                LogRefused(logger, actor.Id, incidentNumber, number);
                return new FollowUpOutcome(UseCaseStatus.NotFound,
                    $"There is no follow-up #{number} of {incidentNumber} for you (it may have been replaced when the review was saved again).");
            }

            if (!action.MarkDone(actor.Id, name, isLeadOrCso, time.GetUtcNow()))
            {
                return new FollowUpOutcome(UseCaseStatus.Succeeded, $"Follow-up #{number} of {incidentNumber} was already done.", incidentNumber, action);
            }

            await timers.CancelAsync(FollowUpTimer.EntityType, FollowUpTimer.EntityId(incidentNumber, number), FollowUpTimer.Kind, cancellationToken);
            await audit.AppendAsync(new AuditRecord(PostIncidentReview.EntityType, incidentNumber, "follow-up-done", actor.Id, name,
                $"Follow-up #{number} (owner {action.OwnerId}) done"), cancellationToken);
            await reviews.Db.SaveChangesAsync(cancellationToken);
            LogDone(logger, incidentNumber, number, actor.Id);
            return new FollowUpOutcome(UseCaseStatus.Succeeded, $"Follow-up #{number} of {incidentNumber} is done.", incidentNumber, action);
        });
    }

    private async Task<bool> IsLeadOrCsoAsync(string userId, CancellationToken cancellationToken) =>
        await roles.IsCsoAsync(userId, cancellationToken) || await roles.IsSecurityLeadAsync(userId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not mark follow-up #{Number} of {Incident} done, or it does not exist")]
    private static partial void LogRefused(ILogger logger, string userId, string incident, int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up #{Number} of {Incident} marked done by {UserId}")]
    private static partial void LogDone(ILogger logger, string incident, int number, string userId);
}
