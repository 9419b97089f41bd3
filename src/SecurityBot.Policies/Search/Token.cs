namespace SecurityBot.Policies.Search;

/// <summary>A lower-cased word of some text and where it sits in the original (for highlighting).</summary>
internal readonly record struct Token(string Word, int Start, int Length);
