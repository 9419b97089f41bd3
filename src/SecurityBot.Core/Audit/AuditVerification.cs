namespace SecurityBot.Core.Audit;

/// <summary>The outcome of checking the audit chain.</summary>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="FirstBrokenSequence">Sequence number of the first entry that fails, or null when the chain is intact.</param>
/// <param name="Reason">Why that entry fails (edited, missing entry before it, wrong link), for the report.</param>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Reason)
{
    public bool IsIntact => FirstBrokenSequence is null;
}
