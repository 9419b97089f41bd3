namespace SecurityBot.Platform.Deliveries;

/// <summary>A message the outbox dead-lettered or gave up on, as <c>admin deliveries</c> lists it (never its text).</summary>
/// <param name="Id">The outbox row; the only thing the card's Retry names.</param>
/// <param name="Recipient">The person's name, or the conversation when it went to a channel.</param>
/// <param name="Entity">What it was about, e.g. "Incident/INC-0042", or null.</param>
/// <param name="QueuedAt">When it was queued.</param>
/// <param name="Attempts">How many attempts were made.</param>
public sealed record FailedDeliveryRow(Guid Id, string Recipient, string? Entity, DateTimeOffset QueuedAt, int Attempts);
