namespace SecurityBot.Crisis.Persistence;

/// <summary>The review tables' unique keys that two concurrent saves race for.</summary>
internal static class ReviewUniqueKeys
{
    /// <summary>One review per room.</summary>
    public static UniqueKey RoomId { get; } = new("IX_CrisisReviews_RoomId", "CrisisReviews", ["RoomId"]);

    /// <summary>A follow-up number means one action within its review.</summary>
    public static UniqueKey ActionNumber { get; } = new("IX_CrisisFollowUps_ReviewId_Number", "CrisisFollowUps", ["ReviewId", "Number"]);
}
