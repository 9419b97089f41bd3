namespace SecurityBot.Metrics.Domain;

/// <summary>A label and how many: a category, a reporter, an age bucket, an escalation step.</summary>
internal sealed record NamedCount(string Name, int Count);
