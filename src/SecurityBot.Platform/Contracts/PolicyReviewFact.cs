namespace SecurityBot.Platform.Contracts;

/// <summary>A policy's review commitment: who owns it and when it must be reviewed next.</summary>
public sealed record PolicyReviewFact(string Id, string Title, string Version, string Owner, DateOnly ReviewDue);
