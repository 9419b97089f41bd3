namespace SecurityBot.Crisis.Application;

/// <summary>How a review save ended: the saved review (with the room) or the reasons it was not saved, one sentence each.</summary>
internal sealed record ReviewSaveOutcome(UseCaseStatus Status, IReadOnlyList<string> Errors, CrisisRoom? Room = null, PostIncidentReview? Review = null)
{
    public static ReviewSaveOutcome Failed(UseCaseStatus status, params string[] errors) => new(status, errors);
}
