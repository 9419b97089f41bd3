using System.Globalization;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// Requests and approval decisions. Each action is one unit of work: the entity change, its audit entry, the card
/// updates and new cards, and the timers commit together in one SaveChanges. Who may decide is resolved here from
/// the directory for the CURRENT stage; the card only names the request, the version and the stage it showed.
/// </summary>
internal sealed class RiskAcceptanceService(
    RiskAcceptanceUnitOfWork work,
    RiskRequestBuilder builder,
    RiskApproverResolver resolver,
    RiskAcceptanceNotifier notifier,
    RiskObservers observers,
    IOptions<RiskAcceptanceOptions> options,
    TimeProvider time)
{
    private RiskAcceptanceOptions Options => options.Value;

    /// <summary>
    /// Creates and submits a request: the first stage's approvers get the card, the requester the status.
    /// <paramref name="requestKey"/> (the host's FormSubmissionKey) makes a repeated submit of the same form
    /// answer with the request the first one created: it is stored unique, so of two concurrent submits one commits
    /// and the other fails on the key, runs again and finds the first.
    /// </summary>
    public async Task<RiskOutcome> RequestAsync(RiskActor requester, RiskRequestInput input, CardLocation? origin, string? requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var (details, errors) = await builder.BuildAsync(requester, input, cancellationToken);
        if (details is null)
        {
            return RiskOutcome.Invalid(null, "Please correct the highlighted fields.", errors);
        }

        return await work.CommitAsync(async () =>
        {
            if (requestKey is not null && await work.FindByRequestKeyAsync(requestKey, cancellationToken) is { } earlier)
            {
                // Nothing new is added, so the commit that follows writes nothing.
                return RiskOutcome.Done(earlier, $"{earlier.Reference} was already submitted from this form; nothing new was created.");
            }

            var now = time.GetUtcNow();
            var risk = RiskAcceptance.Create(await work.NextNumberAsync(cancellationToken), requester, details, Options.MaxDurationDays, now, requestKey);
            risk.Submit(Options.ChainFor(risk.Score.Level), now);
            work.Add(risk);
            var approvers = await resolver.ResolveAsync(risk, cancellationToken);
            await notifier.AuditAsync(risk, "requested", requester, Describe(risk) + Notes(approvers), cancellationToken);
            await notifier.PublishAsync(risk, approvers, $"{requester.Name} asks for a risk to be accepted.", askApprovers: true, tellSecurityTeam: false, cancellationToken, origin);
            return RiskOutcome.Done(risk, $"{risk.Reference} was submitted. {WaitingFor(risk, approvers)}") with
            {
                Code = risk.CurrentStage is null ? null : "Submitted",
                Arguments = [risk.Reference, string.Join(", ", approvers.People.Select(p => p.DisplayName))],
            };
        }, onConflict: null, cancellationToken);
    }

    /// <summary>The requester's edited request, after "Request changes", goes back through the chain.</summary>
    public async Task<RiskOutcome> ResubmitAsync(RiskActor requester, RiskCardReference card, RiskRequestInput input, CardLocation? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var (details, errors) = await builder.BuildAsync(requester, input, cancellationToken);
        return await work.CommitAsync(async () =>
        {
            var loaded = await work.LoadForCardAsync(card, requester, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded;
            }

            var risk = loaded.Risk;

            if (details is null)
            {
                return RiskOutcome.Invalid(risk, "Please correct the highlighted fields.", errors);
            }

            if (Refuse(() => risk.Resubmit(requester, details, Options.MaxDurationDays, Options.ChainFor, time.GetUtcNow())) is { } message)
            {
                return RiskOutcome.Forbidden(risk, message);
            }

            var approvers = await resolver.ResolveAsync(risk, cancellationToken);
            await notifier.AuditAsync(risk, "resubmitted", requester, Describe(risk) + Notes(approvers), cancellationToken);
            await notifier.PublishAsync(risk, approvers, $"{requester.Name} resubmitted {risk.Reference} with changes.", askApprovers: true, tellSecurityTeam: false, cancellationToken, origin);
            return RiskOutcome.Done(risk, $"{risk.Reference} was resubmitted. {WaitingFor(risk, approvers)}");
        }, () => work.AnswerConflictAsync(card, requester, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// One approver's decision on the current stage. Exactly one decision per version: a concurrent or repeated
    /// click loses the version check and is told who decided, and when.
    /// </summary>
    public Task<RiskOutcome> DecideAsync(RiskActor actor, RiskCardReference card, RiskDecisionKind kind, string? comment, CardLocation? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(card);
        return work.CommitAsync(async () =>
        {
            var loaded = await work.LoadForCardAsync(card, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded;
            }

            var risk = loaded.Risk;

            if (risk.CurrentStage is null || card.Stage != risk.CurrentStageIndex)
            {
                // Same version but another stage: the card was not rendered by SecurityBot for this state.
                return RiskOutcome.Invalid(risk, $"This card does not match the current stage of {risk.Reference}; nothing was done.");
            }

            if (risk.IsRequester(actor.Id))
            {
                return RiskOutcome.Forbidden(risk, $"You requested {risk.Reference}; you cannot decide on your own request.");
            }

            if (risk.IsRoundStarter(actor.Id))
            {
                return RiskOutcome.Forbidden(risk, $"You started this round of {risk.Reference}; another person must decide it.");
            }

            var stage = risk.CurrentStage.Value;
            var stageNumber = risk.CurrentStageIndex + 1;
            var approvers = await resolver.ResolveAsync(risk, cancellationToken);
            if (!approvers.Contains(actor.Id))
            {
                // Names no approver: who decides a stage is not on the card and not for every viewer to learn.
                return RiskOutcome.Forbidden(risk, $"You can't act on {risk.Reference} now: only the approvers of its {stage.DisplayName()} stage can decide it.");
            }

            var now = time.GetUtcNow();
            if (Refuse(() => _ = kind switch
            {
                RiskDecisionKind.Approved => risk.Approve(actor, now),
                RiskDecisionKind.Rejected => risk.Reject(actor, comment, now),
                _ => risk.RequestChanges(actor, comment, now),
            }) is { } ruleMessage)
            {
                return RiskOutcome.Invalid(risk, ruleMessage);
            }

            var next = await resolver.ResolveAsync(risk, cancellationToken);
            var verb = RiskAcceptanceUnitOfWork.Verb(kind);
            var headline = $"{risk.Reference} was {verb} by {actor.Name} ({stage.DisplayName()} stage)."
                + (string.IsNullOrWhiteSpace(comment) || kind == RiskDecisionKind.Approved ? string.Empty : $" Comment: {comment.Trim()}");
            var details = string.Create(CultureInfo.InvariantCulture, $"round {risk.Round}, stage {stageNumber} ({stage}); now {risk.Status}")
                + (kind == RiskDecisionKind.Approved ? string.Empty : $"; comment: {comment?.Trim()}")
                + (risk.Status == RiskAcceptanceStatus.Accepted ? string.Create(CultureInfo.InvariantCulture, $"; accepted until {risk.ExpiresAt:O}") : string.Empty);
            await notifier.AuditAsync(risk, kind switch
            {
                RiskDecisionKind.Approved => "approved",
                RiskDecisionKind.Rejected => "rejected",
                _ => "changes-requested",
            }, actor, details + Notes(next), cancellationToken);

            if (risk.Status == RiskAcceptanceStatus.Accepted && kind == RiskDecisionKind.Approved)
            {
                await notifier.ScheduleExpiryAsync(risk, cancellationToken);
                await observers.NotifyAsync(risk, RiskChangeKind.Approved, actor.Id, now, cancellationToken);
                headline = string.Create(CultureInfo.InvariantCulture, $"{risk.Reference} is accepted until {risk.ExpiresAt:yyyy-MM-dd} (final approval by {actor.Name}).");
            }
            else if (risk.Status == RiskAcceptanceStatus.Rejected)
            {
                await notifier.CancelTimersAsync(risk, cancellationToken);
                await observers.NotifyAsync(risk, RiskChangeKind.Rejected, actor.Id, now, cancellationToken);
            }

            await notifier.PublishAsync(risk, next, headline, askApprovers: risk.Status == RiskAcceptanceStatus.PendingApproval, tellSecurityTeam: false, cancellationToken, origin);
            var message = risk.Status == RiskAcceptanceStatus.PendingApproval
                ? $"You {verb} {risk.Reference}. {WaitingFor(risk, next)}"
                : $"You {verb} {risk.Reference}; it is now {RiskAcceptance.Describe(risk.Status)}.";
            return RiskOutcome.Done(risk, message, next.Contains(actor.Id));
        }, () => work.AnswerConflictAsync(card, actor, cancellationToken), cancellationToken);
    }


    /// <summary>Runs a domain method; returns its refusal message, or null when it succeeded.</summary>
    internal static string? Refuse(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (RefusalException ex)
        {
            return ex.Message;
        }
        catch (RiskAcceptanceValidationException ex)
        {
            return string.Join(" ", ex.Errors.Select(e => e.Message));
        }
    }

    internal static string WaitingFor(RiskAcceptance risk, RiskStageApprovers approvers) =>
        risk.CurrentStage is { } stage
            ? $"Waiting for the {stage.DisplayName()} approval ({string.Join(", ", approvers.People.Select(p => p.DisplayName))})."
            : string.Empty;

    internal static string Describe(RiskAcceptance risk) =>
        string.Create(CultureInfo.InvariantCulture,
            $"round {risk.Round}; score {risk.Score.Value} {risk.Score.Level}; chain {string.Join(" > ", risk.Stages)}; {risk.RequestedDays} days; owner {risk.RiskOwnerName} ({risk.RiskOwnerId}); title {risk.Title}");

    internal static string Notes(RiskStageApprovers approvers) =>
        (approvers.People.Count > 0 ? "; approvers " + string.Join(", ", approvers.People.Select(p => $"{p.DisplayName} ({p.Id})")) : string.Empty)
        + (approvers.Notes.Count > 0 ? "; notes: " + string.Join(" ", approvers.Notes) : string.Empty);
}
