using SecurityBot.Platform.Directory;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>The people who may decide the current stage, resolved now from the directory, and how.</summary>
/// <param name="People">Approvers (never the requester, never someone who approved an earlier stage of this round).</param>
/// <param name="Notes">Fallbacks and exclusions, for the audit trail and admins.</param>
internal sealed record RiskStageApprovers(IReadOnlyList<DirectoryUser> People, IReadOnlyList<string> Notes)
{
    public static RiskStageApprovers None { get; } = new([], []);

    public bool Contains(string? userId) =>
        userId is not null && People.Any(p => string.Equals(p.Id, userId, StringComparison.OrdinalIgnoreCase));
}
