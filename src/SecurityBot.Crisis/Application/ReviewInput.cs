namespace SecurityBot.Crisis.Application;

/// <summary>The review card's inputs as Teams sent them with "Save review" (untrusted text, bounded by the reader).</summary>
internal sealed record ReviewInput(string? WhatHappened, string? Impact, string? RootCause, string? WentWell, string? ToChange, string? Actions);
