using System.Globalization;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// After acceptance: renewal (back through the approval chain, history kept), remediation, and the timer-driven
/// reminders and expiry. Same unit-of-work pattern as <see cref="RiskAcceptanceService"/>; the timer methods leave
/// the commit to the timer scheduler, which marks the timer fired in the same transaction.
/// </summary>
internal sealed class RiskAcceptanceLifecycle(
    RiskAcceptanceUnitOfWork work,
    RiskApproverResolver resolver,
    RiskAcceptanceNotifier notifier,
    RiskObservers observers,
    IOptions<RiskAcceptanceOptions> options,
    TimeProvider time)
{
    /// <summary>Asks for an extension of <paramref name="durationDays"/> (requester or risk owner).</summary>
    public Task<RiskOutcome> RenewAsync(RiskActor actor, RiskCardReference card, int? durationDays, CardLocation? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var o = options.Value;
        return work.CommitAsync(async () =>
        {
            var loaded = await work.LoadForCardAsync(card, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded;
            }

            var risk = loaded.Risk;

            var days = durationDays ?? Math.Min(risk.RequestedDays, o.MaxDurationDays);
            if (RiskAcceptanceService.Refuse(() => risk.Renew(actor, days, o.MaxDurationDays, o.ChainFor, time.GetUtcNow())) is { } message)
            {
                return RiskOutcome.Forbidden(risk, message);
            }

            var approvers = await resolver.ResolveAsync(risk, cancellationToken);
            await notifier.AuditAsync(risk, "renewal-requested", actor,
                string.Create(CultureInfo.InvariantCulture, $"renewal {risk.RenewalCount} for {days} days; current expiry {risk.ExpiresAt:O}; ") + RiskAcceptanceService.Describe(risk) + RiskAcceptanceService.Notes(approvers),
                cancellationToken);
            await notifier.PublishAsync(risk, approvers, $"{actor.Name} asks to renew {risk.Reference} for {days} days.", askApprovers: true, tellSecurityTeam: false, cancellationToken, origin);
            return RiskOutcome.Done(risk, $"Renewal of {risk.Reference} submitted. {RiskAcceptanceService.WaitingFor(risk, approvers)}");
        }, () => work.AnswerConflictAsync(card, actor, cancellationToken), cancellationToken);
    }

    /// <summary>Closes the risk for good: the gap was fixed (requester or risk owner).</summary>
    public Task<RiskOutcome> MarkRemediatedAsync(RiskActor actor, RiskCardReference card, CardLocation? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return work.CommitAsync(async () =>
        {
            var loaded = await work.LoadForCardAsync(card, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded;
            }

            var risk = loaded.Risk;

            if (RiskAcceptanceService.Refuse(() => risk.MarkRemediated(actor, time.GetUtcNow())) is { } message)
            {
                return RiskOutcome.Forbidden(risk, message);
            }

            await notifier.CancelTimersAsync(risk, cancellationToken);
            await notifier.AuditAsync(risk, "remediated", actor, $"closed as remediated by {actor.Name}", cancellationToken);
            await notifier.PublishAsync(risk, RiskStageApprovers.None, $"{risk.Reference} was marked remediated by {actor.Name}.", askApprovers: false, tellSecurityTeam: false, cancellationToken, origin);
            return RiskOutcome.Done(risk, $"{risk.Reference} is closed as remediated. Thank you for fixing it.");
        }, () => work.AnswerConflictAsync(card, actor, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The requester takes a request back before a decision (a renewal: the acceptance stays as it was). The current
    /// stage's approvers' cards lose their buttons through the copy updates; nobody is asked anything.
    /// </summary>
    public Task<RiskOutcome> WithdrawAsync(RiskActor actor, RiskCardReference card, CardLocation? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return work.CommitAsync(async () =>
        {
            var loaded = await work.LoadForCardAsync(card, actor, cancellationToken);
            if (!loaded.Succeeded)
            {
                return loaded;
            }

            var risk = loaded.Risk;
            var wasRenewal = risk.IsRenewal;
            if (RiskAcceptanceService.Refuse(() => risk.Withdraw(actor, time.GetUtcNow())) is { } message)
            {
                return RiskOutcome.Forbidden(risk, message);
            }

            await notifier.AuditAsync(risk, "withdrawn", actor,
                string.Create(CultureInfo.InvariantCulture, $"round {risk.Round} withdrawn by {actor.Name}; {(wasRenewal ? $"renewal dropped, status {risk.Status}" : "closed")}"),
                cancellationToken);
            await notifier.PublishAsync(risk, RiskStageApprovers.None, $"{actor.Name} withdrew {(wasRenewal ? "the renewal of " : string.Empty)}{risk.Reference}.",
                askApprovers: false, tellSecurityTeam: false, cancellationToken, origin);
            return RiskOutcome.Done(risk, wasRenewal
                ? $"The renewal of {risk.Reference} is withdrawn; the acceptance stays as it was."
                : $"{risk.Reference} is withdrawn. Nobody will be asked to decide it.");
        }, () => work.AnswerConflictAsync(card, actor, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Timer "risk.expiry": expires the risk if the timer is still about the current expiry. Changes are left in
    /// the scope's unit of work; the timer scheduler commits them. Returns whether it expired.
    /// </summary>
    public async Task<bool> ExpireAsync(string reference, RiskTimerPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var risk = RiskAcceptanceNumber.TryParse(reference, out var number) ? await work.FindAsync(number, cancellationToken) : null;
        var now = time.GetUtcNow();
        if (risk?.ExpiresAt is not { } expires || !IsSameExpiry(expires, payload) || !risk.CanExpire(now))
        {
            return false; // renewed, remediated or rescheduled meanwhile: this timer is about an expiry that no longer exists
        }

        risk.Expire(now);
        await notifier.CancelTimersAsync(risk, cancellationToken);
        await observers.NotifyAsync(risk, RiskChangeKind.Expired, null, now, cancellationToken);
        await notifier.AuditAsync(risk, "expired", null, string.Create(CultureInfo.InvariantCulture, $"expired at {expires:O}"), cancellationToken);
        await notifier.PublishAsync(risk, RiskStageApprovers.None,
            $"{risk.Reference} expired on {expires.UtcDateTime:yyyy-MM-dd}: the risk is no longer accepted. Renew it or fix the gap.",
            askApprovers: false, tellSecurityTeam: true, cancellationToken);
        return true;
    }

    /// <summary>Timer "risk.reminder": reminds the requester and owner, then schedules the next reminder.</summary>
    public async Task<bool> RemindAsync(string reference, RiskTimerPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var risk = RiskAcceptanceNumber.TryParse(reference, out var number) ? await work.FindAsync(number, cancellationToken) : null;
        if (risk?.ExpiresAt is not { } expires || !IsSameExpiry(expires, payload) || !risk.IsInForce(time.GetUtcNow()) || payload.DaysBefore is not { } days)
        {
            return false;
        }

        // A renewal may be waiting for approval meanwhile: its approvers' view differs, so the reminder's refresh lists them.
        await notifier.RemindAsync(risk, await resolver.ResolveAsync(risk, cancellationToken), days, cancellationToken);
        await notifier.AuditAsync(risk, "reminded", null, string.Create(CultureInfo.InvariantCulture, $"{days} days before expiry ({expires:O}); told {risk.RequesterName} and {risk.RiskOwnerName}"), cancellationToken);
        await notifier.ScheduleReminderAfterAsync(risk, days, cancellationToken);
        return true;
    }

    /// <summary>
    /// Whether the timer was set for this expiry. PostgreSQL keeps microseconds: the ExpiresAt read back has lost the
    /// 100 ns digit the payload (written from the in-memory value) still carries, so ticks are compared to the microsecond.
    /// </summary>
    private static bool IsSameExpiry(DateTimeOffset expires, RiskTimerPayload payload) =>
        expires.UtcTicks / 10 == payload.ExpiresAtUtcTicks / 10;
}
