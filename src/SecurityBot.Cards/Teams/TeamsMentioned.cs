namespace SecurityBot.Cards;

/// <summary>The person a <see cref="TeamsMention"/> points to.</summary>
public sealed record TeamsMentioned(string Id, string Name);
