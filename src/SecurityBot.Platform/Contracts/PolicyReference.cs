namespace SecurityBot.Platform.Contracts;

/// <summary>A policy as another capability cites it: its id and title.</summary>
public sealed record PolicyReference(string Id, string Title);
