namespace SecurityBot.Platform.Notifications;

/// <summary>The domain entity a notification or card is about, e.g. ("Incident", "INC-0042").</summary>
public sealed record EntityRef(string Type, string Id)
{
    public override string ToString() => $"{Type}/{Id}";
}
