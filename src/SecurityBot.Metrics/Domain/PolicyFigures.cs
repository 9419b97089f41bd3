namespace SecurityBot.Metrics.Domain;

/// <summary>The policy library's figures: policies whose review date has passed at the end of the period, most overdue first.</summary>
internal sealed record PolicyFigures(int Policies, IReadOnlyList<OpenItem> OverdueForReview);
