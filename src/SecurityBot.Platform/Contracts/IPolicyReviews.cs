namespace SecurityBot.Platform.Contracts;

/// <summary>The policy library's review dates, for the metrics. Without it, no policy figures.</summary>
public interface IPolicyReviews
{
    /// <summary>Every policy in the library with its next review date.</summary>
    IReadOnlyList<PolicyReviewFact> Reviews { get; }
}
