using SecurityBot.Platform.Contracts;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// Tells every registered <see cref="IRiskObserver"/> (there may be none) of a final decision or an expiry. Called
/// after the change and before the unit of work's SaveChanges, so what the observers add commits with the change or
/// not at all; an observer's failure fails the unit of work.
/// </summary>
internal sealed class RiskObservers(IEnumerable<IRiskObserver> observers)
{
    private readonly IReadOnlyList<IRiskObserver> _observers = [.. observers];

    /// <summary><paramref name="actorId"/> is who did it; null for the bot (an expiry).</summary>
    public async Task NotifyAsync(RiskAcceptance risk, RiskChangeKind kind, string? actorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (_observers.Count == 0)
        {
            return;
        }

        var change = new RiskChange(kind, Snapshot(risk), actorId, at);
        foreach (var observer in _observers)
        {
            await observer.OnChangedAsync(change, cancellationToken);
        }
    }

    private static RiskSnapshot Snapshot(RiskAcceptance risk) => new(
        RiskAcceptanceNumber.Format(risk.Number),
        risk.Title,
        RiskFactSource.StatusOf(risk.Status),
        risk.Likelihood,
        risk.Impact,
        RiskScore.LevelOf(risk.Likelihood * risk.Impact).ToString(),
        risk.PolicyId,
        risk.PolicySection,
        risk.RequesterId,
        risk.RiskOwnerId,
        risk.AcceptedAt,
        risk.ExpiresAt,
        risk.ClosedAt,
        risk.Version);
}
