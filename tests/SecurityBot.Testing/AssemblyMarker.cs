namespace SecurityBot.Testing;
/// <summary>Assembly marker.</summary>
internal static class AssemblyMarker;
