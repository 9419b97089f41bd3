namespace SecurityBot.Policies.Search;

/// <summary>A run of words (first..last, inclusive, as indexes into the analysed words) that names a synonym group.</summary>
internal readonly record struct SynonymMatch(string ConceptTerm, int FirstWord, int LastWord);
