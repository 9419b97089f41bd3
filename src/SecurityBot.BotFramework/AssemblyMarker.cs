namespace SecurityBot.BotFramework;
/// <summary>Assembly marker.</summary>
internal static class AssemblyMarker;
