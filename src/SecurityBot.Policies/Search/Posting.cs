namespace SecurityBot.Policies.Search;

/// <summary>
/// A term's presence in one section: the field-weighted, length-normalised term frequency of BM25F, computed once at
/// build time so a query only has to saturate and sum.
/// </summary>
internal readonly record struct Posting(int Section, float Frequency);
