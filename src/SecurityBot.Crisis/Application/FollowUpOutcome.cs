namespace SecurityBot.Crisis.Application;

/// <summary>How "Done" on a follow-up ended: the sentence for the person, and the action as it now is (null when there is none to show).</summary>
internal sealed record FollowUpOutcome(UseCaseStatus Status, string Message, string? IncidentNumber = null, FollowUpAction? Action = null);
