namespace SecurityBot.Crisis.Application;

/// <summary>How a crisis use case ended and the sentence for the person (no user text: they are shown escaped anyway).</summary>
internal sealed record CrisisOutcome(UseCaseStatus Status, string Message)
{
    public bool Succeeded => Status == UseCaseStatus.Succeeded;

    public static CrisisOutcome NotARoom { get; } = new(UseCaseStatus.NotFound, "This works in an incident's crisis room: the group chat SecurityBot opened for it.");
}
