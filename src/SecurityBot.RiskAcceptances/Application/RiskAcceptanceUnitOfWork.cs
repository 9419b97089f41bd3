using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// Loading and committing risk acceptances. A commit that loses a race is handled here: a version conflict means
/// someone else changed the entity first (the caller answers with the current state), a unique violation means
/// someone else took the next number, the request key, the audit sequence, a notification key or a card's record
/// (the whole attempt is run again on fresh data); any other unique violation is a fault.
/// </summary>
internal sealed class RiskAcceptanceUnitOfWork(SecurityBotDbContext db, RiskApproverResolver approvers, RiskAccess access)
{
    // A version conflict is answered, not retried (onConflict); a declared key taken first runs the attempt again.
    private static readonly CommitRetry Races = new(MaxAttempts: 10, VersionConflicts: true,
        RiskUniqueKeys.Number, RiskUniqueKeys.RequestKey, PlatformUniqueKeys.AuditSequence, PlatformUniqueKeys.OutboxIdempotencyKey,
        PlatformUniqueKeys.CardCopyLocation);

    public Task<RiskAcceptance?> FindAsync(int number, CancellationToken cancellationToken) =>
        db.Set<RiskAcceptance>().Include(r => r.Decisions).SingleOrDefaultAsync(r => r.Number == number, cancellationToken);

    /// <summary>The request an earlier submit with the same key created, if any (see <see cref="RiskAcceptance.RequestKey"/>).</summary>
    public Task<RiskAcceptance?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken) =>
        db.Set<RiskAcceptance>().Include(r => r.Decisions).SingleOrDefaultAsync(r => r.RequestKey == requestKey, cancellationToken);

    public async Task<int> NextNumberAsync(CancellationToken cancellationToken)
    {
        var local = db.Set<RiskAcceptance>().Local.Select(r => r.Number).DefaultIfEmpty(0).Max();
        var stored = await db.Set<RiskAcceptance>().MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        return Math.Max(local, stored) + 1;
    }

    public void Add(RiskAcceptance risk) => db.Add(risk);

    /// <summary>
    /// Runs <paramref name="attempt"/> and commits what it added. On a version conflict the changes are discarded and
    /// <paramref name="onConflict"/> answers; on a unique violation the attempt runs again (bounded).
    /// </summary>
    public Task<RiskOutcome> CommitAsync(Func<Task<RiskOutcome>> attempt, Func<Task<RiskOutcome>>? onConflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return Races.RunAsync(db, async _ =>
        {
            var outcome = await attempt();
            if (!outcome.Succeeded)
            {
                return outcome; // refusals change nothing (the entity refuses before changing itself)
            }

            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }, async lost =>
        {
            if (lost.IsVersionConflict)
            {
                return onConflict is null ? RaceAnswer<RiskOutcome>.GiveUp : RaceAnswer<RiskOutcome>.With(await onConflict());
            }

            await Task.Yield();
            return RaceAnswer<RiskOutcome>.Retry;
        });
    }

    /// <summary>The answer to a card older than the entity: who decided since, and when, and the current state.</summary>
    public async Task<RiskOutcome> StaleAsync(RiskAcceptance risk, long cardVersion, RiskActor actor, CancellationToken cancellationToken)
    {
        var decision = risk.FirstDecisionAfter(cardVersion);
        var message = decision is null
            ? $"{risk.Reference} has changed since this card was sent (it is now {RiskAcceptance.Describe(risk.Status)}); nothing was done."
            : string.Create(CultureInfo.InvariantCulture,
                $"{risk.Reference} was already {Verb(decision.Kind)} by {decision.ApproverName} at {decision.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC; nothing was done.");
        var current = await approvers.ResolveAsync(risk, cancellationToken);
        return new RiskOutcome(UseCaseStatus.Stale, risk, message, [], current.Contains(actor.Id));
    }

    /// <summary>
    /// Loads the entity a card names, refusing forged versions and answering stale ones: succeeds (with an empty
    /// message) only when the card is current, and otherwise is the answer to give. Whether the actor may see it is
    /// asked FIRST: card data is untrusted, so someone who may not see the request gets the not-found answer for
    /// every version and every verb, and learns neither that it exists nor who decided it.
    /// </summary>
    public async Task<RiskOutcome> LoadForCardAsync(RiskCardReference card, RiskActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(actor);
        if (!RiskAcceptanceNumber.TryParse(card.Reference, out var number))
        {
            return RiskOutcome.NotFound();
        }

        var risk = await FindAsync(number, cancellationToken);
        if (risk is null || !(await access.CheckAsync(risk, actor.Id, cancellationToken)).MayView)
        {
            return RiskOutcome.NotFound();
        }

        if (card.Version > risk.Version || card.Version < 1)
        {
            // No card SecurityBot sent can show a version that never existed.
            return RiskOutcome.Invalid(risk, $"This card does not match {risk.Reference}; nothing was done.");
        }

        return card.Version < risk.Version ? await StaleAsync(risk, card.Version, actor, cancellationToken) : RiskOutcome.Done(risk, string.Empty);
    }

    /// <summary>The answer when another change to the card's request committed first: who decided since, and when.</summary>
    public async Task<RiskOutcome> AnswerConflictAsync(RiskCardReference card, RiskActor actor, CancellationToken cancellationToken)
    {
        var loaded = await LoadForCardAsync(card, actor, cancellationToken);
        return loaded.Succeeded ? await StaleAsync(loaded.Risk, card.Version, actor, cancellationToken) : loaded;
    }

    public static string Verb(RiskDecisionKind kind) => kind switch
    {
        RiskDecisionKind.Approved => "approved",
        RiskDecisionKind.Rejected => "rejected",
        RiskDecisionKind.HandedOver or RiskDecisionKind.StandIn => "handed to a stand-in (the approver could not be reached), recorded",
        RiskDecisionKind.Withdrawn => "withdrawn by its requester",
        _ => "sent back for changes",
    };
}
