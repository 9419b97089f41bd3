namespace SecurityBot.Platform.Contracts;

/// <summary>
/// Told of every incident change by the incidents capability, inside the unit of work that makes the change and
/// before it commits: whatever an observer adds to the scoped unit of work (a durable timer, an outbox row) commits
/// with the change or not at all, so nothing is lost across a crash. An observer does no other I/O (the work it
/// stands for runs later, from the timer or the outbox), and may be told the same change twice when the unit of work
/// is run again after a lost race (the earlier attempt's rows are then already gone).
/// </summary>
public interface IIncidentObserver
{
    Task OnChangedAsync(IncidentChange change, CancellationToken cancellationToken);
}
