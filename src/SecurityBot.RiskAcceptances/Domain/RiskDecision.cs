using SecurityBot.Platform.Routing;
namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// One approver's decision at one stage of one approval round, kept forever: the history a renewal carries with it.
/// </summary>
internal sealed class RiskDecision
{
    private RiskDecision()
    {
        ApproverId = ApproverName = string.Empty;
    }

    internal RiskDecision(Guid riskAcceptanceId, int round, int stageIndex, RiskAcceptanceStage stage, RiskDecisionKind kind,
        RiskActor approver, string? comment, DateTimeOffset at, long versionAfter)
    {
        Id = Guid.CreateVersion7(at);
        RiskAcceptanceId = riskAcceptanceId;
        Round = round;
        StageIndex = stageIndex;
        Stage = stage;
        Kind = kind;
        ApproverId = approver.Id;
        ApproverName = approver.Name;
        Comment = comment;
        At = at;
        VersionAfter = versionAfter;
    }

    public Guid Id { get; private set; }

    public Guid RiskAcceptanceId { get; private set; }

    /// <summary>Approval round: 1 for the first submission, +1 for each resubmission or renewal.</summary>
    public int Round { get; private set; }

    /// <summary>Zero-based index of the stage in the round's chain.</summary>
    public int StageIndex { get; private set; }

    public RiskAcceptanceStage Stage { get; private set; }

    public RiskDecisionKind Kind { get; private set; }

    public string ApproverId { get; private set; }

    public string ApproverName { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The entity version this decision produced: a card older than it learns who decided, and when.</summary>
    public long VersionAfter { get; private set; }
}
