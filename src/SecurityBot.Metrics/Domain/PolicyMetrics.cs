using System.Globalization;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.Metrics.Domain;

/// <summary>Policies past their review date on the last day of the period (in the asker's time zone); pure.</summary>
internal static class PolicyMetrics
{
    public static PolicyFigures Compute(IReadOnlyList<PolicyReviewFact> reviews, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return new PolicyFigures(reviews.Count,
            [.. reviews.Where(p => p.ReviewDue < lastDay).OrderBy(p => p.ReviewDue).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => new OpenItem(p.Id, p.Title, string.Create(CultureInfo.InvariantCulture, $"review was due {p.ReviewDue:yyyy-MM-dd} (owner: {p.Owner})"),
                    new DateTimeOffset(p.ReviewDue.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)))]);
    }
}
