using System.Diagnostics.CodeAnalysis;

namespace SecurityBot.Platform.Audit;

/// <summary>The outcome of checking the audit chain.</summary>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">Sequence number of the first entry that fails (or the first deleted one), when an entry can be named.</param>
/// <param name="Reason">Why the log fails (edited, missing entry, wrong link, deleted tail, no valid checkpoint), or null when intact.</param>
/// <param name="CheckpointSequence">The entry the latest signed checkpoint recorded, if any.</param>
/// <param name="CheckpointAt">When that checkpoint was signed.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Reason, long? CheckpointSequence = null, DateTimeOffset? CheckpointAt = null)
{
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool IsIntact => Reason is null;
}
