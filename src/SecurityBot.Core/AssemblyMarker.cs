namespace SecurityBot.Core;
/// <summary>Assembly marker.</summary>
internal static class AssemblyMarker;
