namespace SecurityBot.BotFramework.Schema;

/// <summary>Channel ids.</summary>
public static class Channels
{
    public const string Msteams = "msteams";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
