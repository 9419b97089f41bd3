namespace SecurityBot.Platform.Deliveries;

/// <summary>What <c>admin deliveries</c> shows: unreachable people and failed messages, newest first, each list capped.</summary>
public sealed record DeliveriesView(IReadOnlyList<UnreachablePersonRow> Unreachable, IReadOnlyList<FailedDeliveryRow> Failed, int MoreUnreachable, int MoreFailed);
