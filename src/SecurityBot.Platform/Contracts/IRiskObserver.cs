namespace SecurityBot.Platform.Contracts;

/// <summary>
/// Told of every final risk-acceptance decision (approved, rejected) and of every expiry by the risk acceptances
/// capability, inside the unit of work that makes the change and before it commits: whatever an observer adds to the
/// scoped unit of work commits with the change or not at all. An observer does no other I/O, and may be told the same
/// change twice when the unit of work is run again after a lost race (the earlier attempt's rows are then gone).
/// </summary>
public interface IRiskObserver
{
    Task OnChangedAsync(RiskChange change, CancellationToken cancellationToken);
}
