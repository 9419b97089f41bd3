namespace SecurityBot.Infrastructure;
/// <summary>Assembly marker.</summary>
internal static class AssemblyMarker;
