namespace SecurityBot.Policies.Search;

/// <summary>A section as the index sees it: the section, its policy, and its place in document order.</summary>
internal readonly record struct IndexedSection(Policy Policy, PolicySection Section, int Order);
