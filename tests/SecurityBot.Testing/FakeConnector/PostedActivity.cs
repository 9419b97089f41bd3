namespace SecurityBot.Testing.FakeConnector;

/// <summary>An activity the fake accepted (answered 2xx): what Teams would show.</summary>
public sealed record PostedActivity(string ConversationId, string ActivityId, string Body, bool IsUpdate, DateTimeOffset At);
