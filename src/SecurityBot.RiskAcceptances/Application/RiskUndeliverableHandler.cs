using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// An approval card could not be delivered (the approver blocked SecurityBot or the app was removed): when they are
/// an approver of the CURRENT stage of a pending request, the stage is handed to a stand-in — their manager when the
/// manager may decide it, else the stage's other approvers — who get the card, and the requester and owner are told
/// who has it now. When nobody else can decide the stage, nothing changes and the security team is told it is stuck.
/// Runs in the outbox's durable step (the timer's unit of work; the scheduler commits) and decides from the current
/// state, so a repeat changes nothing.
/// </summary>
internal sealed partial class RiskUndeliverableHandler(
    RiskAcceptanceUnitOfWork work,
    RiskApproverResolver resolver,
    RiskAcceptanceNotifier notifier,
    IDirectory directory,
    ISecurityRoles roles,
    INotificationOutbox outbox,
    TimeProvider time,
    ILogger<RiskUndeliverableHandler> logger) : IUndeliverableHandler
{
    private const string Unreachable = "Could not be reached: Teams refused delivery (they blocked SecurityBot or the app was removed for them).";

    public string EntityType => RiskAcceptanceNotifier.EntityType;

    public async Task HandleAsync(UndeliverableMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var aad = message.RecipientAadObjectId;
        if (!RiskAcceptanceNotifier.IsApprovalCard(message.IdempotencyKey, message.Entity.Id, aad)
            || !RiskAcceptanceNumber.TryParse(message.Entity.Id, out var number)
            || await work.FindAsync(number, cancellationToken) is not { CurrentStage: { } stage } risk)
        {
            return;
        }

        var approvers = await resolver.ResolveAsync(risk, cancellationToken);
        if (approvers.People.FirstOrDefault(p => string.Equals(p.Id, aad, StringComparison.OrdinalIgnoreCase)) is not { } person)
        {
            // Not (or no longer) an approver of the current stage: the request has moved on or was handed over already.
            return;
        }

        var unreachable = new RiskActor(person.Id, person.DisplayName);
        var manager = await directory.GetManagerAsync(person.Id, cancellationToken);
        var standIn = manager is not null && risk.CanStandIn(manager.Id) && !unreachable.Is(manager.Id) ? new RiskActor(manager.Id, manager.DisplayName) : null;
        if (standIn is null && (await resolver.ResolveAsync(risk, cancellationToken, alsoExcluding: person.Id)).People.Count == 0)
        {
            await StuckAsync(risk, unreachable, stage, cancellationToken);
            return;
        }

        if (RiskAcceptanceService.Refuse(() => risk.HandOver(unreachable, standIn, Unreachable, time.GetUtcNow())) is { } refusal)
        {
            LogRefused(logger, risk.Reference, refusal);
            return;
        }

        var next = await resolver.ResolveAsync(risk, cancellationToken);
        var who = standIn?.Name ?? string.Join(", ", next.People.Select(p => p.DisplayName));
        var headline = $"{unreachable.Name} could not be reached; {who} now {(standIn is null && next.People.Count > 1 ? "have" : "has")} {risk.Reference} at the {stage.DisplayName()} stage.";
        await notifier.AuditAsync(risk, "handed-over", null,
            string.Create(CultureInfo.InvariantCulture, $"round {risk.Round}, stage {risk.CurrentStageIndex + 1} ({stage}); {unreachable.Name} ({unreachable.Id}) could not be reached (Teams refused delivery); ")
            + (standIn is null ? "the stage's other approvers decide it" : $"stand-in {standIn.Name} ({standIn.Id}), their manager")
            + RiskAcceptanceService.Notes(next),
            cancellationToken);
        await notifier.PublishAsync(risk, next, headline, askApprovers: true, tellSecurityTeam: false, cancellationToken);
        LogHandedOver(logger, risk.Reference, stage.ToString());
    }

    private async Task StuckAsync(RiskAcceptance risk, RiskActor unreachable, RiskAcceptanceStage stage, CancellationToken cancellationToken)
    {
        var text = $"{risk.Reference} is stuck at the {stage.DisplayName()} stage: {unreachable.Name} could not be reached (they blocked SecurityBot or the app was removed for them), "
            + "and nobody else may decide that stage (no eligible manager, no other approver). Please reach them another way or fix the Roles settings.";
        var activity = JsonSerializer.Serialize(new { type = "message", textFormat = "plain", text });
        var key = string.Create(CultureInfo.InvariantCulture, $"risk:{risk.Reference}:stuck:r{risk.Round}:s{risk.CurrentStageIndex}:{unreachable.Id}");
        var notices = (await roles.GetSecurityTeamAsync(cancellationToken))
            .Select(m => new OutboundNotification(NotificationRecipient.User(m.Id), activity, $"{key}:{m.Id}", new EntityRef(DeliveryFailure.NoticeEntityType, key)))
            .ToList();
        if (await outbox.EnqueueManyAsync(notices, cancellationToken) > 0)
        {
            await notifier.AuditAsync(risk, "stuck", null,
                string.Create(CultureInfo.InvariantCulture, $"round {risk.Round}, stage {risk.CurrentStageIndex + 1} ({stage}); {unreachable.Name} ({unreachable.Id}) could not be reached and nobody else may decide the stage; the security team was told"),
                cancellationToken);
        }

        LogStuck(logger, risk.Reference, stage.ToString());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Reference}: an approver could not be reached; the {Stage} stage was handed over")]
    private static partial void LogHandedOver(ILogger logger, string reference, string stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reference}: an approver could not be reached and nobody else may decide the {Stage} stage; the security team is told")]
    private static partial void LogStuck(ILogger logger, string reference, string stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reference}: the hand-over was refused: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string reference, string refusal);
}
