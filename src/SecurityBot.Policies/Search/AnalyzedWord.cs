namespace SecurityBot.Policies.Search;

/// <summary>A non-stop word of some text with its stem; the stem is what the index and queries compare.</summary>
internal readonly record struct AnalyzedWord(Token Token, string Stem);
