namespace SecurityBot.Cards;
/// <summary>Assembly marker.</summary>
internal static class AssemblyMarker;
