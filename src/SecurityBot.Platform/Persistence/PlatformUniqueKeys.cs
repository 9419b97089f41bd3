namespace SecurityBot.Platform.Persistence;

/// <summary>
/// The platform's unique keys that concurrent writers race for (names as the migrations create them; the schema
/// tests hold them to the migrated database on both engines).
/// </summary>
public static class PlatformUniqueKeys
{
    /// <summary>One outbox row per idempotency key: a second writer of the same notification loses here.</summary>
    public static UniqueKey OutboxIdempotencyKey { get; } = new("IX_OutboxMessages_IdempotencyKey", "OutboxMessages", ["IdempotencyKey"]);

    /// <summary>The audit chain's next sequence number (the primary key), taken by whoever appends first.</summary>
    public static UniqueKey AuditSequence { get; } = new("PK_AuditEntries", "AuditEntries", ["Sequence"]);

    /// <summary>One record per card shown (conversation, activity): two writers recording the same card race here.</summary>
    public static UniqueKey CardCopyLocation { get; } = new("IX_CardCopies_ConversationId_ActivityId", "CardCopies", ["ConversationId", "ActivityId"]);

    /// <summary>One stored reference per (conversation, person).</summary>
    public static UniqueKey ConversationReference { get; } =
        new("IX_ConversationReferences_ConversationId_UserAadObjectId", "ConversationReferences", ["ConversationId", "UserAadObjectId"]);

    /// <summary>One remembered region per person (the primary key): two first turns of the same person race here.</summary>
    public static UniqueKey PersonRegion { get; } = new("PK_PersonRegions", "PersonRegions", ["UserAadObjectId"]);
}
