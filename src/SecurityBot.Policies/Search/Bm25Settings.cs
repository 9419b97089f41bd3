namespace SecurityBot.Policies.Search;

/// <summary>
/// BM25F weights. A word in a section heading says more about the section than the same word in its body; the
/// policy title and tags apply to every section of the policy, so they lift the right policy without picking the
/// section. Values tuned on the relevance set in tests/SecurityBot.UnitTests/Policies/relevance.json.
/// </summary>
internal sealed record Bm25Settings
{
    public static Bm25Settings Default { get; } = new();

    public float K1 { get; init; } = 1.2f;

    public float HeadingWeight { get; init; } = 3.0f;

    public float HeadingB { get; init; } = 0.3f;

    public float ParentHeadingWeight { get; init; } = 1.0f;

    public float TitleWeight { get; init; } = 1.5f;

    public float BodyWeight { get; init; } = 1.0f;

    public float BodyB { get; init; } = 0.75f;

    /// <summary>A term reached through a synonym counts a little less than the word itself.</summary>
    public float SynonymWeight { get; init; } = 0.8f;

    /// <summary>A corrected typo counts a little less than a correctly spelled word.</summary>
    public float CorrectionWeight { get; init; } = 0.9f;
}
