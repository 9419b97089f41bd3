namespace SecurityBot.Testing.Cards;

/// <summary>One event reported by the adaptivecards library (e.g. phase "Parse", event "UnknownElementType").</summary>
public sealed record CardValidationIssue(string Phase, string Event, string Message)
{
    public override string ToString() => $"{Phase}/{Event}: {Message}";
}
