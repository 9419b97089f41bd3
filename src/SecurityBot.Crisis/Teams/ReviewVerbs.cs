namespace SecurityBot.Crisis.Teams;

/// <summary>The Action.Execute verbs of the post-incident review and its follow-ups.</summary>
internal static class ReviewVerbs
{
    /// <summary>"Save review" on the review card; data {incident}, the inputs come with it.</summary>
    public const string Save = "crisis.review.save";

    /// <summary>"Done" on a follow-up reminder; data {incident, action}.</summary>
    public const string FollowUpDone = "crisis.follow-up.done";
}
