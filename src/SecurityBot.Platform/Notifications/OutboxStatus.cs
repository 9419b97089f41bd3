namespace SecurityBot.Platform.Notifications;

/// <summary>Life cycle of an outbox row. Only Pending rows are leased and sent.</summary>
public enum OutboxStatus
{
    Pending = 0,
    Delivered = 1,

    /// <summary>The person has no conversation with the bot yet; woken when a reference for them is recorded.</summary>
    WaitingForReference = 2,

    /// <summary>Teams refused it (403); the reference is marked and the security team told.</summary>
    Undeliverable = 3,

    /// <summary>Attempts exhausted or a permanent error; the security team is told.</summary>
    DeadLettered = 4,

    /// <summary>A card update overtaken by a newer rendering of the same copy; nothing to send.</summary>
    Superseded = 5,
}
